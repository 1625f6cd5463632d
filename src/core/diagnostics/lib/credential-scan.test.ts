import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { configPathOfView, imageView } from '../../config/image-view.ts'
import { parseConfigOrThrow } from '../../config/parse.ts'
import { PRESET_NAMES, presetConfig } from '../../config/presets.ts'
import { findCredentialLikeValues } from '../../config/secrets.ts'
import { CASES } from '../cases/index.ts'
import { scanCredentials } from './credential-scan.ts'

describe('scanCredentials', () => {
  it('gives the same findings as findCredentialLikeValues for presets and test cases', () => {
    const configs = [
      ...PRESET_NAMES.map(presetConfig),
      ...CASES.map((c) => parseConfigOrThrow(structuredClone(c.trigger))),
    ]
    for (const config of configs) {
      const onConfig = scanCredentials(imageView(config, 0)).map((f) => ({
        ...f,
        path: configPathOfView(f.path, 0),
      }))
      const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)
      expect(onConfig.sort(byPath)).toEqual([...findCredentialLikeValues(config)].sort(byPath))
    }
  })

  it('stays equal on random text, also when asked twice (remembered verdicts)', () => {
    const secretish = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'http://u:p4ss@proxy:3128',
        'glpat-abcdefghijklmnopqrstuvwx',
        'Tr0ub4dor&3',
        '$DB_PASSWORD',
        '-----BEGIN RSA PRIVATE KEY-----\nx',
      ),
    )
    fc.assert(
      fc.property(secretish, secretish, (value, http) => {
        const config = parseConfigOrThrow({
          build: {
            buildArgs: [
              { name: 'A', value: value.replace(/\0/g, '') },
              { name: 'DB_PASSWORD', value: value.replace(/\0/g, '') },
            ],
            labels: [{ key: 'com.example.token', value: value.replace(/\0/g, '') }],
          },
          proxy: { http: http.replace(/[\0\r\n]/g, '') },
        })
        const scanned = () =>
          scanCredentials(imageView(config, 0)).map((f) => ({ ...f, path: configPathOfView(f.path, 0) }))
        expect(scanned()).toEqual(findCredentialLikeValues(config))
        // Twice: the second answer comes from the remembered verdicts.
        expect(scanned()).toEqual(findCredentialLikeValues(config))
      }),
      { numRuns: 200 },
    )
  })
})
