// How the build scripts that write inline scripts and styles into a page name them in its
// Content Security Policy (the prerenderer does the same in Rust, src/bin/prerender.rs).
import { createHash } from 'node:crypto';

/** The policy's source expression for an inline element whose text is `text`: `'sha256-…'`. */
export const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
