// The wrapper monaco-yaml recommends for Vite: Vite bundles this file as a module worker.
import 'monaco-yaml/yaml.worker.js'
