import type { Config } from '../config/schema.ts'
import { gitlabVariableValue, quoteShellText } from '../shell/quote.ts'

type ProxyVariable = 'http_proxy' | 'https_proxy' | 'no_proxy'

/** The proxy settings that are set, in the document's order. */
function proxyEntries(config: Config): [ProxyVariable, string][] {
  const { http, https, noProxy } = config.proxy
  const entries: [ProxyVariable, string][] = [
    ['http_proxy', http],
    ['https_proxy', https],
    ['no_proxy', noProxy],
  ]
  return entries.filter(([, value]) => value !== '')
}

/** Job variables: kaniko's own pulls and pushes honour them (it clones Go's default transport). */
export function proxyJobVariables(config: Config): Record<string, string> {
  if (!config.proxy.jobVariables) return {}
  return Object.fromEntries(proxyEntries(config).map(([name, value]) => [name, gitlabVariableValue(value)]))
}

/** `--build-arg` lines so RUN steps of the Dockerfile reach the network through the proxy too. */
export function proxyBuildArgs(config: Config): string[][] {
  if (!config.proxy.buildArgs) return []
  return proxyEntries(config).map(([name, value]) => {
    return ['--build-arg', quoteShellText(`${name}=`, config.proxy.jobVariables ? `$${name}` : value)]
  })
}
