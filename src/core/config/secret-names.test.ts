import { describe, expect, it } from 'vitest'
import { assignsNamedSecret, namedSecret, namesSecret } from './secret-names.ts'

describe('namesSecret', () => {
  it.each([
    'DB_PASSWORD',
    'PASSWORD',
    'smtp_pass',
    'NPM_TOKEN',
    'CLIENT_SECRET',
    'API_KEY',
    'apiKey',
    'registryPassword',
    'NPM_AUTH',
    'DBPASSWORD',
    'ACCESSTOKEN',
    'com.example.auth-token',
    'PASSPHRASE',
  ])('%s names a secret', (name) => {
    expect(namesSecret(name)).toBe(true)
  })

  it.each([
    'NODE_VERSION',
    'org.opencontainers.image.authors',
    'AUTHOR',
    'KEYCLOAK_VERSION',
    'MONKEY',
    'PASSENGER_VERSION',
    'KEY_ID',
    'TOKEN_URL',
    'PASSWORD_FILE',
    'SECRET_NAME',
    'AUTH_ENABLED',
    'PUBLIC_KEY',
    'CACHE_KEY',
    'maintainer',
  ])('%s does not', (name) => {
    expect(namesSecret(name)).toBe(false)
  })
})

describe('namedSecret', () => {
  it('takes a short literal under a secret name for a secret', () => {
    expect(namedSecret('DB_PASSWORD', 'Tr0ub4dor&3')).toBe(true)
    expect(namedSecret('API_KEY', 'abcd')).toBe(true)
    expect(namedSecret('NODE_VERSION', 'Tr0ub4dor&3')).toBe(false)
  })

  it('leaves variable references, switches, URLs without credentials and paths alone', () => {
    for (const value of [
      '$DB_PASSWORD',
      '${DB_PASSWORD}',
      '${USER}:${PASSWORD}',
      'true',
      'no',
      'https://auth.example.com/token',
      '/run/secrets/db',
      './secret.txt',
      '',
      'abc',
    ]) {
      expect(namedSecret('DB_PASSWORD', value), value).toBe(false)
    }
  })

  it('finds a secret passed to a build argument or label by flag', () => {
    expect(assignsNamedSecret('--build-arg=DB_PASSWORD=Tr0ub4dor&3')).toBe(true)
    expect(assignsNamedSecret('--build-arg DB_PASSWORD=hunter22')).toBe(true)
    expect(assignsNamedSecret('--label=com.example.token=abcd1234')).toBe(true)
    expect(assignsNamedSecret('--build-arg=DB_PASSWORD=$DB_PASSWORD')).toBe(false)
    expect(assignsNamedSecret('--build-arg=NODE_VERSION=20')).toBe(false)
    expect(assignsNamedSecret('DB_PASSWORD=hunter22')).toBe(false)
  })
})
