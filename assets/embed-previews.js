/*
 * Stargate, explained: the "Embed this" panel's previews, each shown whole. The panel loads
 * this beside embed.js when it first opens (src/hooks/use_embed_panel.rs); it is a script of
 * its own, not part of the page's WebAssembly, so that it adds nothing to the page's first load.
 *
 * A preview's frame keeps its width (360 or 640 px), so the embed inside lays out as in an
 * article that wide. Where the column is narrower, the frame is drawn smaller: this sets the
 * box's --scale (the column's width over the frame's) and --frame-height, from which
 * styles/layout.css scales the frame and takes what scaling saves off the box's height, and
 * fills in the caption's words (data-words, from data/ui.toml) with the scale. It runs again
 * whenever a box changes size: as the panel opens, as the column narrows or widens, and as
 * embed.js fits a frame to its content. A box is as wide as the column or its frame, and as
 * tall as its frame, whatever the scale, so nothing here changes what it observes.
 */
(function () {
  'use strict';
  var boxes = document.querySelectorAll('.embed-code__frame');

  function fit() {
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var frame = box.firstElementChild;
      // A closed panel's frames have no width.
      if (!frame || !frame.offsetWidth) continue;
      var scale = Math.min(1, box.getBoundingClientRect().width / frame.offsetWidth);
      box.style.setProperty('--scale', String(scale));
      box.style.setProperty('--frame-height', frame.offsetHeight + 'px');
      var words = box.parentNode.querySelector('[data-words]');
      // Rounded, but never to 100% while the frame is drawn smaller.
      var percent = String(Math.min(99, Math.round(scale * 100)));
      if (words) words.textContent = scale < 1 ? words.getAttribute('data-words').replace('{percent}', percent) : '';
    }
  }

  // Fitted at the next frame, not in the observer's callback: a box's new margin changes the
  // page's height, which an observer of the page (the page's own, when it is in a frame)
  // would otherwise see too late, and report as a loop.
  var observer = new ResizeObserver(function () {
    requestAnimationFrame(fit);
  });
  for (var i = 0; i < boxes.length; i++) observer.observe(boxes[i]);
})();
