/**
 * `window.__kaniko`: read-only probes for the browser tests (and for anyone curious in the console).
 * They expose nothing that is not already on the screen, so they are harmless in production.
 *
 *   getYaml()        the pipeline text the page would copy or download right now
 *   getModelValue()  the text in the Monaco model, or undefined until Monaco has loaded
 *   getMarkers()     Monaco's markers on the preview: monaco-yaml's schema problems, [] until loaded;
 *                    getMarkers('kanikoconfig') gives the diagnostics markers instead
 */
export interface KanikoProbes {
  getYaml(): string
  getModelValue(): string | undefined
  getMarkers(owner?: string): unknown[]
}

/** monaco-yaml's marker owner. */
const SCHEMA_OWNER = 'yaml'

interface EditorProbes {
  value(): string
  markers(owner: string): unknown[]
}

declare global {
  interface Window {
    __kaniko?: KanikoProbes
  }
}

let yaml = ''
let editor: EditorProbes | undefined

export function publishYaml(text: string): void {
  yaml = text
}

export function attachEditorProbes(probes: EditorProbes | undefined): void {
  editor = probes
}

export function installProbes(target: Window): void {
  target.__kaniko = {
    getYaml: () => yaml,
    getModelValue: () => editor?.value(),
    getMarkers: (owner = SCHEMA_OWNER) => editor?.markers(owner) ?? [],
  }
}
