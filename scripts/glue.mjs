// What the build scripts that write wasm-bindgen's glue into a page share: the glue as
// statements to run inline, and the local names of what it exports.

/**
 * Splits a module's glue (minified: `…export{$ as default,P as initSync};`) into its body,
 * without the export statement, and its exports, as a map from exported name to the local
 * name the body gives it. `what` names the glue in errors.
 */
export function splitGlue(source, what) {
  const exported = source.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
  if (!exported) throw new Error(`${what}: the glue ends with no export statement`);
  const exports = new Map(
    exported[1].split(',').map((entry) => {
      const [local, as = local] = entry.trim().split(/\s+as\s+/);
      return [as, local];
    }),
  );
  return { body: source.slice(0, exported.index), exports };
}
