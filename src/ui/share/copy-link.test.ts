import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { decodeShareFragment } from '../../core/share/codec.ts'
import { catalog as en } from '../../i18n/catalog-en.ts'
import { catalog as ja } from '../../i18n/catalog-ja.ts'
import { createTranslate } from '../../i18n/index.ts'
import { copyLinkMessage, prepareLink } from './copy-link.ts'

const t = createTranslate(en)
const config = parseConfigOrThrow({
  proxy: { http: 'http://builder:S3cr3t-pa55@proxy.example.com:3128' },
  build: { buildArgs: [{ name: 'NPM_TOKEN', value: 'npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' }] },
})

describe('prepareLink', () => {
  it('puts the fragment on the page’s address, without credentials, and names what it left out', () => {
    const link = prepareLink(config, 'https://example.com/tools/kanikoconfig/#1.old', t)
    expect(link.url.startsWith('https://example.com/tools/kanikoconfig/#2.')).toBe(true)
    expect(link.url).not.toContain('#1.old')
    const decoded = decodeShareFragment(link.url)
    expect(decoded.ok && decoded.config.proxy.http).toBe('http://proxy.example.com:3128')
    expect(decoded.ok && decoded.config.images[0]?.buildArgs[0]?.value).toBe('')
    expect(link.leftOut).toEqual(['Image 1 › Build argument 1 › Value', 'HTTP proxy'])
    expect(link.tooLarge).toBe(false)
  })
})

describe('copyLinkMessage', () => {
  const clean = prepareLink(defaultConfig(), 'https://example.com/', t)

  it('says what happened, keeping a note visible when something needs the user’s attention', () => {
    expect(copyLinkMessage(clean, true, t)).toEqual({
      text: 'Link copied to the clipboard.',
      note: false,
      copied: true,
    })
    expect(copyLinkMessage(clean, false, t)).toMatchObject({ note: true, copied: false })
    // A link too large to open again is not confirmed as a success.
    const tooLarge = copyLinkMessage({ ...clean, tooLarge: true }, true, t)
    expect(tooLarge.text).toContain('too large')
    expect(tooLarge.copied).toBe(false)
    const leftOut = copyLinkMessage(prepareLink(config, 'https://example.com/', t), true, t)
    expect(leftOut).toEqual({
      text: 'Link copied. Left out because they look like credentials: Image 1 › Build argument 1 › Value, HTTP proxy. Use CI/CD variables for secrets.',
      note: true,
      copied: true,
    })
  })

  it('speaks Japanese', () => {
    const tj = createTranslate(ja)
    const said = copyLinkMessage(prepareLink(config, 'https://example.com/', tj), true, tj)
    expect(said.text).toContain('リンクをコピーしました')
    expect(said.text).toContain('、')
  })
})
