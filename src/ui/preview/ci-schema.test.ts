import { describe, expect, it } from 'vitest'
import { ciSchema } from './ci-schema.ts'

type Node = { description?: string; properties?: Record<string, Node> }

const job = (schema: Record<string, unknown>) => (schema.definitions as { job: Node }).job

describe('ciSchema', () => {
  it('describes every key the generator emits in a job', () => {
    const keys = Object.keys(job(ciSchema('en')).properties ?? {})
    expect(keys.sort()).toEqual([
      'artifacts',
      'before_script',
      'image',
      'needs',
      'rules',
      'script',
      'stage',
      'tags',
      'variables',
    ])
  })

  it('carries hover text in the page’s language', () => {
    const en = ciSchema('en')
    const ja = ciSchema('ja')
    expect(job(en).properties?.script?.description).toMatch(/commands of the job/)
    expect(job(ja).properties?.script?.description).toMatch(/ジョブのコマンド/)
    const stages = (s: Record<string, unknown>) => (s.properties as Record<string, Node>).stages?.description
    expect(stages(ja)).toContain('ステージ')
  })

  it('has a description on every job key and is plain JSON', () => {
    const schema = ciSchema('ja')
    for (const [key, node] of Object.entries(job(schema).properties ?? {}))
      expect(node.description, key).toBeTruthy()
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
  })
})
