// Marks <html> before the first paint; the app never renders <html> itself. On the full page:
// `view-calculator` for ?view=calculator, and the class under which the browser skips drawing
// the differences and the sources (below the fold) until the app is live and drawn, when the
// app drops it (hooks::use_live_marker); not when the address has an #anchor (it may point into
// the sources), and never for more than 4 s, whatever happens to the app. In the embed:
// `view-step` or `view-calculator`, for ?view=.
(() => {
  const page = JSON.parse(document.getElementById('page-values').textContent);
  const classes = document.documentElement.classList;
  const view = new URLSearchParams(location.search).get(page.params.view);
  if (page.views.includes(view)) classes.add(`view-${view}`);
  // Only the full page defers drawing (`deferClass`).
  if (page.deferClass !== null && !location.hash) {
    classes.add(page.deferClass);
    setTimeout(() => classes.remove(page.deferClass), 4000);
  }
})();
