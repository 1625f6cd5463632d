/**
 * The budgets from issue 5. KB here means 1,000 bytes, as Vite reports sizes: the stricter of the
 * two readings of "120 KB". "gzip" means Node's zlib at level 9 (what `gzip -9` produces, minus
 * gzip's file-name header).
 */
export const KB = 1000

export const BUDGETS = {
  /** JS + CSS the page receives before it requests the editor, gzip. */
  initialGzipBytes: 120 * KB,
  /** JS + CSS of a full default visit (Monaco and its worker included), gzip: issue 15's target. */
  visitGzipBytes: 500 * KB,
  /**
   * What scripts/bundle-budget.test.ts enforces for that visit until the target is reachable: a ratchet
   * at today's size plus about 1 %. Session 2 left 895.6 KB (en) after stubbing the Monaco parts the
   * preview never runs; config version 2 with its form, undo and the section index brought it to
   * 923 KB, and the importer's YAML parsing (yaml's parser in the chunk the generator shares) to
   * 945.0 KB (en); yaml's parser in a chunk of its own that only the importer loads took it back to
   * 932.2 KB. Raised once on purpose in session 6, 942 → 943 KB (ja 941.8 → 942.1 KB): the preview's
   * single line diff per key (+0.2 KB, less work per keystroke) and the generator's fixes ($$ in the
   * custom image, the host checks' order, a CA listed twice appended once: +0.15 KB). Raised again on
   * purpose in session 7, 943 → 944 KB (ja 942.7 → 943.9 KB): two new diagnostics whose texts in both
   * languages ride in the checks chunk (KC322, KC334) and KC610's check that its fix leaves the other
   * images alone (+1.2 KB). Lowered in session 7, 944 → 940 KB (the English visit plus about 1 %
   * again): a visit downloads only its language's diagnostics texts (one chunk per language, the other
   * on a language switch), en 940.9 → 930.2 KB, ja 943.9 → 935.0 KB. Monaco's editor chunk alone is
   * ~606 KB gzip even with only the features the preview uses (docs/benchmark.md), so 500 KB cannot
   * hold while Monaco loads at idle.
   */
  visitGzipCeilingBytes: 940 * KB,
  /** Navigation start → the form is painted and accepts input, median (issue 15: 300; issue 5 had 500). */
  formUsableMs: 300,
  /** Navigation start → Monaco shows the first line of the YAML. */
  monacoVisibleMs: 1800,
  /** keydown → the changed line is in Monaco's rendered lines, 95th percentile. */
  keyToVisibleP95Ms: 16,
  /** One generate() of the kitchen-sink preset in Node, median, per image it builds (it has three since
   * config version 2; a keystroke rebuilds only the image it changed, see per-image.ts). */
  generateMsPerImage: 0.5,
  /** One diagnose() of the kitchen-sink preset in Node, median (a bench figure, not a timed test). */
  diagnoseMs: 0.5,
  /** Share-fragment length of the default config, characters. */
  defaultFragmentChars: 16,
  /** Share-fragment length of the kitchen-sink preset, characters. */
  kitchenSinkFragmentChars: 1000,
} as const
