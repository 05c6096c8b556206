/*
 * Stargate, explained: the host-page script that sizes embedded explainers to their content.
 *
 * Include it once on the page and mark each iframe:
 *   <iframe src="https://example.org/stargate/?embed=1&id=stargate-1" data-stargate-explainer
 *           title="Stargate, explained" loading="lazy" style="width:100%;border:0"></iframe>
 *   <script src="https://example.org/stargate/embed.js" defer></script>
 *
 * The explainer posts { type: "stargate-explainer:height", id, height } to its parent whenever
 * its height changes. This script accepts a message only from the window of one of the marked
 * iframes, only of that type, and only with a sensible height, and sets that iframe's height.
 */
(function () {
  'use strict';
  var TYPE = 'stargate-explainer:height';
  var MAX_HEIGHT = 100000;

  function frames() {
    return document.querySelectorAll('iframe[data-stargate-explainer]');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        list[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
