// The calculator's loader (see src/takeover/island.rs): on the walkthrough's request (`calculator.event`)
// imports the calculator's glue and starts its WebAssembly, once. It starts at once, beside the
// walkthrough rather than after it, when the page opens with the calculator in use: the address
// opens its step or the calculator alone, or carries a scenario, or (on the full page, which
// names `calculator.storedKey`) storage keeps one, so that what shows, and prints, is the
// reader's scenario. On failure it says so in the live region `calculator.statusId` (offline
// before the first visit finished, say), and a later request tries again (clearing it once
// started).
const page = JSON.parse(document.getElementById('page-values').textContent);
const { calculator, params } = page;

// The glue's import and the WebAssembly's fetch go out side by side (the glue takes a response's
// promise; where the glue's import fails first, the fetch's own failure is caught, not left
// unhandled). The self-contained copies start the module from the bytes they carry instead
// (`self.stargateCalculatorStart`, scripts/single-file.mjs).
const startModule =
  self.stargateCalculatorStart ??
  (() => {
    const wasm = fetch(`./${calculator.wasm}`);
    wasm.catch(() => {});
    return import(`./${calculator.glue}`).then((glue) => glue.default({ module_or_path: wasm }));
  });

const say = (text) => {
  const status = document.getElementById(calculator.statusId);
  if (status) status.textContent = text;
};

let started;
const start = () => {
  started ??= startModule().then(
    () => say(''),
    () => {
      started = null;
      say(calculator.failed);
    },
  );
};
addEventListener(calculator.event, start);

const stored = () => {
  try {
    return calculator.storedKey !== null && localStorage.getItem(calculator.storedKey) !== null;
  } catch {
    return false;
  }
};
const query = new URLSearchParams(location.search);
if (
  query.get(params.step) === calculator.step ||
  query.get(params.view) === calculator.view ||
  params.scenario.some((key) => query.has(key)) ||
  stored()
) {
  start();
}
