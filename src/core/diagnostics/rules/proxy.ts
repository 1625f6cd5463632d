import type { Config } from '../../config/schema.ts'
import { edit } from '../lib/edit.ts'
import { defineRule } from '../types.ts'

/** HTTP(S) proxy: kaniko's own traffic, the Dockerfile's RUN steps, and the 403 push check. */

const proxySet = (config: Config) => config.proxy.http !== '' || config.proxy.https !== ''

const withoutJobVariables = defineRule({
  code: 'KC301',
  name: 'proxy-without-job-variables',
  severity: 'warning',
  check: ({ config }) =>
    proxySet(config) && !config.proxy.jobVariables
      ? [
          {
            fields: ['proxy.jobVariables'],
            params: {},
            fix: (c: Config) =>
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
    if (config.proxy.http === '' || config.proxy.https !== '') return []
    // Copying a URL with a password in it would spread the secret (KC310) to a second field.
    const secret = credentials.some((c) => c.path === 'proxy.http')
    const fix = (c: Config) =>
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
    proxySet(config) && !config.proxy.buildArgs
      ? [
          {
            fields: ['proxy.buildArgs'],
            params: {},
            fix: (c: Config) =>
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

export const proxyRules = [withoutJobVariables, httpsMissing, withoutBuildArgs, noProxyEmpty]
