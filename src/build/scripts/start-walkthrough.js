// Starts the walkthrough, where trunk's loader was: once the early request's bytes are in
// (fetch-walkthrough.js), compiles them, at once on the page's thread where the engine allows
// that for a module of this size (all three engines do) or else in the background, and starts
// the module with wasm-bindgen's initSync, in the same task, which runs the app's first pass
// too (app::start). A module script without imports runs as soon as the page is read: where the
// bytes are already in, the page is live before the browser's next drawing (though Chromium may
// have drawn what it had read of a long page while reading it). So the build writes the glue into this script
// (scripts/inline-glue.mjs resolves `walkthrough-glue` to the walkthrough's glue file and bundles
// it). Where the bytes cannot be had, or the start fails, the console says so and the page stays
// as prerendered.
import { initSync } from 'walkthrough-glue';

const page = JSON.parse(document.getElementById('page-values').textContent);
try {
  const bytes = await self.stargateWalkthroughBytes;
  delete self.stargateWalkthroughBytes;
  let module;
  try {
    module = new WebAssembly.Module(bytes);
  } catch {
    module = await WebAssembly.compile(bytes);
  }
  initSync({ module });
} catch (error) {
  console.error(page.startFailed, error);
}
