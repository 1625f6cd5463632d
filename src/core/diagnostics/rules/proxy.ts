import type { ImageView } from '../../config/image-view.ts'
import { edit } from '../lib/edit.ts'
import { defineRule } from '../types.ts'

/** HTTP(S) proxy: kaniko's own traffic, the Dockerfile's RUN steps, and the 403 push check. */

/** A proxy typed in the form (the runner's own proxy is not checked: the job does not set it). */
const proxySet = (config: ImageView) =>
  !config.proxy.fromRunner && (config.proxy.http !== '' || config.proxy.https !== '')

type ProxyField = 'http' | 'https' | 'noProxy'
const PROXY_VARIABLES: Readonly<Record<ProxyField, string>> = {
  http: 'http_proxy',
  https: 'https_proxy',
  noProxy: 'no_proxy',
}

/** `$http_proxy`, `${HTTPS_PROXY}`…: the field names the variable it would define. */
function selfReference(field: ProxyField, value: string): boolean {
  const name = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(value.trim())
  const referenced = (name?.[1] ?? name?.[2] ?? '').toLowerCase()
  return referenced === PROXY_VARIABLES[field]
}

const selfReferencing = (config: ImageView): ProxyField[] =>
  (['http', 'https', 'noProxy'] as const).filter((f) => selfReference(f, config.proxy[f]))

/** Every proxy value set is only the runner's own variable: the runner sets the proxy. */
const onlyRunnerValues = (config: ImageView) => {
  const set = (['http', 'https', 'noProxy'] as const).filter((f) => config.proxy[f].trim() !== '')
  return set.length > 0 && set.every((f) => selfReference(f, config.proxy[f]))
}

const withoutJobVariables = defineRule({
  code: 'KC301',
  name: 'proxy-without-job-variables',
  severity: 'warning',
  check: ({ config }) =>
    // Values that only name the runner's variables are KC305's: job variables would not help.
    proxySet(config) && !config.proxy.jobVariables && !onlyRunnerValues(config)
      ? [
          {
            fields: ['proxy.jobVariables'],
            params: {},
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.proxy.jobVariables = true
              }),
          },
        ]
      : [],
})

const httpsMissing = defineRule({
  code: 'KC302',
  name: 'proxy-https-missing',
  severity: 'warning',
  check: ({ config, credentials }) => {
    if (config.proxy.fromRunner || config.proxy.http === '' || config.proxy.https !== '') return []
    // Copying a URL with a password in it would spread the secret (KC310) to a second field.
    const secret = credentials.some((c) => c.path === 'proxy.http')
    const fix = (c: ImageView) =>
      edit(c, (draft) => {
        draft.proxy.https = draft.proxy.http
      })
    return [
      {
        fields: ['proxy.https', 'proxy.http'],
        params: { proxy: config.proxy.http },
        ...(secret ? {} : { fix }),
      },
    ]
  },
})

const withoutBuildArgs = defineRule({
  code: 'KC303',
  name: 'proxy-without-build-args',
  severity: 'info',
  check: ({ config }) =>
    (proxySet(config) || config.proxy.fromRunner) && !config.proxy.buildArgs
      ? [
          {
            fields: ['proxy.buildArgs'],
            params: {},
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.proxy.buildArgs = true
              }),
          },
        ]
      : [],
})

/** An internal GitLab registry reached through an outside proxy answers the push check with 403. */
const noProxyEmpty = defineRule({
  code: 'KC304',
  name: 'proxy-no-proxy-empty',
  severity: 'info',
  check: ({ config }) =>
    proxySet(config) && config.proxy.jobVariables && config.proxy.noProxy.trim() === ''
      ? [{ fields: ['proxy.noProxy'], params: {} }]
      : [],
})

/** `http_proxy: $http_proxy`: the runner's proxy typed back in as the value of the same variable. */
const selfReferenced = defineRule({
  code: 'KC305',
  name: 'proxy-self-reference',
  severity: 'warning',
  check: ({ config }) => {
    if (config.proxy.fromRunner) return []
    const fields = selfReferencing(config)
    if (fields.length === 0) return []
    return [
      {
        fields: fields.map((f) => `proxy.${f}`),
        params: { variables: fields.map((f) => PROXY_VARIABLES[f]).join(', ') },
        // Only when nothing else is typed in: a real URL in another field would be lost.
        ...(onlyRunnerValues(config)
          ? {
              fix: (c: ImageView) =>
                edit(c, (draft) => {
                  draft.proxy.fromRunner = true
                  draft.proxy.http = ''
                  draft.proxy.https = ''
                  draft.proxy.noProxy = ''
                }),
            }
          : {}),
      },
    ]
  },
})

export const proxyRules = [withoutJobVariables, httpsMissing, withoutBuildArgs, noProxyEmpty, selfReferenced]
