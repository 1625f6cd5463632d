import type { ImageView } from '../config/image-view.ts'
import { gitlabVariableValue, quoteShellText } from '../shell/quote.ts'

type ProxyVariable = 'http_proxy' | 'https_proxy' | 'no_proxy'

/** The variables a runner's proxy setup provides, in the document's order. */
const RUNNER_PROXY_VARIABLES: readonly ProxyVariable[] = ['http_proxy', 'https_proxy', 'no_proxy']

/** The proxy settings that are set, in the document's order. */
function proxyEntries(config: ImageView): [ProxyVariable, string][] {
  const { http, https, noProxy } = config.proxy
  const entries: [ProxyVariable, string][] = [
    ['http_proxy', http],
    ['https_proxy', https],
    ['no_proxy', noProxy],
  ]
  return entries.filter(([, value]) => value !== '')
}

/** Job variables: kaniko's own pulls and pushes honour them (it clones Go's default transport). */
export function proxyJobVariables(config: ImageView): Record<string, string> {
  // A proxy the runner sets is in the environment already; `http_proxy: $http_proxy` would shadow it.
  if (!config.proxy.jobVariables || config.proxy.fromRunner) return {}
  return Object.fromEntries(proxyEntries(config).map(([name, value]) => [name, gitlabVariableValue(value)]))
}

/** `--build-arg` lines so RUN steps of the Dockerfile reach the network through the proxy too. */
export function proxyBuildArgs(config: ImageView): string[][] {
  if (!config.proxy.buildArgs) return []
  // By name only: kaniko takes the value from its environment, where the runner put it.
  if (config.proxy.fromRunner) return RUNNER_PROXY_VARIABLES.map((name) => ['--build-arg', name])
  return proxyEntries(config).map(([name, value]) => {
    return ['--build-arg', quoteShellText(`${name}=`, config.proxy.jobVariables ? `$${name}` : value)]
  })
}
