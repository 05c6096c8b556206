// Runs first, before the page asks for anything, and opens another page in its place, with the
// same query and anchor:
// - in a document with an opaque origin (a frame sandboxed without allow-same-origin, or a page
//   opened from file://), the page's self-contained copy. There the page's own-origin files
//   cannot work everywhere: WebKit matches nothing against the policy's 'self' in an opaque
//   origin, and other engines fetch them cross-origin, needing CORS headers from the host. The
//   self-contained copy needs no further request, and its policy names only hashes.
// - on the full page with ?embed=1 (the embed's address before it had a page of its own), the
//   embed.
// window.stop() comes first, so that nothing after this script is requested (and blocked);
// stopping also cancels a navigation, so the navigation comes second. The self-contained copies
// leave this script out (scripts/single-file.mjs).
(() => {
  const page = JSON.parse(document.getElementById('page-values').textContent);
  const opaque = self.origin === 'null' || location.protocol === 'file:';
  // Only the full page names the embed's page (`embedPage`): the embed has no old address.
  const embed = page.embedPage !== null && new URLSearchParams(location.search).get(page.params.embed) === '1';
  if (opaque || embed) {
    window.stop();
    const to = embed ? (opaque ? page.embedPage.selfContained : page.embedPage.file) : page.selfContained;
    location.replace(to + location.search + location.hash);
  }
})();
