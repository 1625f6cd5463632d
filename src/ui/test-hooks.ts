/**
 * `window.__kaniko`: read-only probes for the browser tests (and for anyone curious in the console).
 * They expose nothing that is not already on the screen, so they are harmless in production.
 *
 *   getYaml()        the pipeline text the page would copy or download right now
 *   getModelValue()  the text in the Monaco model, or undefined until Monaco has loaded
 *   getMarkers()     Monaco's markers on the preview (monaco-yaml schema problems), [] until loaded
 */
export interface KanikoProbes {
  getYaml(): string
  getModelValue(): string | undefined
  getMarkers(): unknown[]
}

declare global {
  interface Window {
    __kaniko?: KanikoProbes
  }
}

let yaml = ''
let editor: { value(): string; markers(): unknown[] } | undefined

export function publishYaml(text: string): void {
  yaml = text
}

export function attachEditorProbes(probes: { value(): string; markers(): unknown[] } | undefined): void {
  editor = probes
}

export function installProbes(target: Window): void {
  target.__kaniko = {
    getYaml: () => yaml,
    getModelValue: () => editor?.value(),
    getMarkers: () => editor?.markers() ?? [],
  }
}
