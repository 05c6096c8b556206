// Asks for the walkthrough's WebAssembly while the page is still being read, and leaves a
// promise of its bytes in `self.stargateWalkthroughBytes` for the start script
// (start-walkthrough.js). A failure is caught here, so that it is reported once, by the start
// script, not as unhandled before that runs. An XMLHttpRequest rather than fetch: in Chromium
// its bytes arrive while the page is still being read, where a fetch's body waits until the page
// has first been drawn, so the walkthrough could start only after drawing the page once, and
// again live. The self-contained copies put the bytes they carry in this script's place
// (scripts/single-file.mjs).
(() => {
  const page = JSON.parse(document.getElementById('page-values').textContent);
  const bytes = new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', `./${page.walkthrough.wasm}`);
    request.responseType = 'arraybuffer';
    request.onload = () =>
      request.status === 200 ? resolve(request.response) : reject(new Error(`${request.status} ${request.statusText}`));
    request.onerror = request.onabort = () => reject(new Error('no answer'));
    request.send();
  });
  bytes.catch(() => {});
  self.stargateWalkthroughBytes = bytes;
})();
