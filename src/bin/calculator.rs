//! The calculator's WebAssembly module: renders the live calculator in the prerendered one's
//! place once the walkthrough asks the page for it (see `island`).

fn main() {
    stargate_explainer::island::start();
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
