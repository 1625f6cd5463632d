import { describe, expect, it } from 'vitest'
import { imageView } from '../config/image-view.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import { certificateLines, registryCertificateArgs } from './certificates.ts'

const view = (certificates: NonNullable<ConfigInput['certificates']>) =>
  imageView(parseConfigOrThrow({ version: 2, certificates: { enabled: true, ...certificates } }), 0)
const kaniko = (c: Parameters<typeof view>[0]) => certificateLines(view(c), 'kaniko').map(String)
const alpine = (c: Parameters<typeof view>[0]) => certificateLines(view(c), 'alpine').map(String)
const BUNDLE = '/kaniko/ssl/certs/ca-certificates.crt'

describe('custom CA lines', () => {
  it('keep the one-CA forms of version 1', () => {
    expect(kaniko({ fileVariable: 'CA' })).toEqual([`cat "\${CA}" >> ${BUNDLE}`])
    expect(kaniko({ fileVariable: 'CA', onlyWhenSet: true })).toEqual([
      `if [ -n "\${CA:-}" ]; then cat "\${CA}" >> ${BUNDLE}; fi`,
    ])
  })

  it('decode a base64 variable to its own file, then append it (skipped when optional and unset)', () => {
    expect(kaniko({ source: 'base64-variable', base64Variable: 'B64', onlyWhenSet: true })).toEqual([
      `if [ -n "\${B64:-}" ]; then printf '%s' "\${B64}" | base64 -d > /kaniko/ssl/certs/custom-ca.crt; fi`,
      `if [ -n "\${B64:-}" ]; then cat /kaniko/ssl/certs/custom-ca.crt >> ${BUNDLE}; fi`,
    ])
    expect(alpine({ source: 'base64-variable', base64Variable: 'B64' })).toEqual([
      `printf '%s' "\${B64}" | base64 -d >> /etc/ssl/certs/ca-certificates.crt`,
    ])
  })

  it('append several CAs in one group, a line break between each', () => {
    expect(
      kaniko({
        source: 'path',
        path: 'certs/a b.pem',
        more: [
          { source: 'pem', value: 'PEM' },
          { source: 'file-variable', value: 'CA2' },
        ],
      }),
    ).toEqual([
      "printf '%s\\n' PEM > /kaniko/ssl/certs/custom-ca-2.crt",
      `{ cat "certs/a b.pem"; echo; cat /kaniko/ssl/certs/custom-ca-2.crt; echo; cat "\${CA2}"; } >> ${BUNDLE}`,
    ])
  })

  // An optional first CA that is skipped must not leave an empty line before the next one.
  it('keep the line break after an optional first CA inside its guard', () => {
    expect(
      kaniko({ fileVariable: 'CA', onlyWhenSet: true, more: [{ source: 'file-variable', value: 'CA2' }] }),
    ).toEqual([`{ if [ -n "\${CA:-}" ]; then cat "\${CA}"; echo; fi; cat "\${CA2}"; } >> ${BUNDLE}`])
  })

  // The same CA listed twice (for two registries) must not be appended twice.
  it('append a CA listed twice once, and write its file once', () => {
    const twice = {
      source: 'pem' as const,
      pem: 'PEM',
      more: [
        { source: 'file-variable' as const, value: 'CA2' },
        { source: 'pem' as const, value: 'PEM', registry: 'ghcr.io' },
        { source: 'file-variable' as const, value: 'CA2', registry: 'quay.io' },
      ],
    }
    expect(kaniko(twice)).toEqual([
      "printf '%s\\n' PEM > /kaniko/ssl/certs/custom-ca.crt",
      `{ cat /kaniko/ssl/certs/custom-ca.crt; echo; cat "\${CA2}"; } >> ${BUNDLE}`,
    ])
    expect(registryCertificateArgs(view(twice))).toEqual([
      ['--registry-certificate', 'ghcr.io=/kaniko/ssl/certs/custom-ca.crt'],
      ['--registry-certificate', '"quay.io=${CA2}"'],
    ])
    // Near miss: the same variable once as a File variable, once as base64, is two CAs.
    expect(kaniko({ fileVariable: 'CA', more: [{ source: 'base64-variable', value: 'CA' }] })).toHaveLength(2)
  })

  it('leave a path outside the project out of the manifest job, which has the repository only', () => {
    const certificates = {
      source: 'path' as const,
      path: '/etc/corp/ca.pem',
      more: [{ source: 'path' as const, value: '${CI_PROJECT_DIR}/ca.pem' }],
    }
    expect(alpine(certificates)).toEqual([
      'cat "${CI_PROJECT_DIR}/ca.pem" >> /etc/ssl/certs/ca-certificates.crt',
    ])
    expect(kaniko(certificates)).toHaveLength(1)
  })
})

describe('--registry-certificate', () => {
  it('names each CA that names its registry, by the file it is in', () => {
    expect(
      registryCertificateArgs(
        view({
          source: 'base64-variable',
          base64Variable: 'B64',
          registry: 'a.example',
          more: [
            { source: 'pem', value: 'PEM' },
            { source: 'pem', value: 'PEM', registry: 'c.example:5000' },
            { source: 'path', value: 'ca.pem', registry: '$HOST' },
            { source: 'file-variable', value: 'CA', registry: 'e.example' },
          ],
        }),
      ),
    ).toEqual([
      ['--registry-certificate', 'a.example=/kaniko/ssl/certs/custom-ca.crt'],
      // The same PEM listed again is the first one's file (custom-ca-2.crt).
      ['--registry-certificate', 'c.example:5000=/kaniko/ssl/certs/custom-ca-2.crt'],
      ['--registry-certificate', '"${HOST}=ca.pem"'],
      ['--registry-certificate', '"e.example=${CA}"'],
    ])
  })

  it('vanishes with an optional base64 variable that is unset', () => {
    expect(
      registryCertificateArgs(
        view({ source: 'base64-variable', base64Variable: 'B64', registry: 'a.example', onlyWhenSet: true }),
      ),
    ).toEqual([['${B64:+--registry-certificate}', '${B64:+a.example=/kaniko/ssl/certs/custom-ca.crt}']])
  })

  it('joins a value starting with `-` to its flag when optional too (no flag seems to swallow it)', () => {
    expect(registryCertificateArgs(view({ fileVariable: 'CA', registry: '-r', onlyWhenSet: true }))).toEqual([
      ['${CA:+--registry-certificate="-r=${CA}"}'],
    ])
  })
})
