import { describe, expect, it } from 'vitest'
import { formatFindings, jobScript, shellcheckScripts } from './shellcheck.ts'

describe('shellcheckScripts', () => {
  it('checks many scripts in one run and attributes each finding to its script and line', () => {
    const results = shellcheckScripts([
      { id: 'clean', text: '/kaniko/executor --context "${CI_PROJECT_DIR}"' },
      { id: 'unquoted', text: 'echo ok\n/kaniko/executor --context $CI_PROJECT_DIR' },
      { id: 'bashism', text: 'if [[ -n "$A" ]]; then echo; fi' },
    ])
    expect(results.get('clean')).toEqual([])
    expect(results.get('unquoted')).toMatchObject([
      { line: 2, code: 2086, level: 'info', source: '/kaniko/executor --context $CI_PROJECT_DIR' },
    ])
    expect(results.get('bashism')?.map((f) => f.code)).toContain(3010)
    expect(formatFindings(results.get('unquoted') ?? [])).toMatch(/^line 2:\d+ SC2086 info: .*\n {4}\/kaniko/)
  })

  it('knows the job’s variables, as the runner exports them', () => {
    const script = jobScript('proxy', {
      variables: { http_proxy: 'http://p' },
      script: ['  /kaniko/executor --build-arg "http_proxy=${http_proxy}"  '],
    })
    expect(script.text).toBe('/kaniko/executor --build-arg "http_proxy=${http_proxy}"')
    expect(shellcheckScripts([script]).get('proxy')).toEqual([])
    // Without the export, a lower-case name is reported as never assigned.
    expect(
      shellcheckScripts([{ id: 'bare', text: script.text }])
        .get('bare')
        ?.map((f) => f.code),
    ).toEqual([2154])
  })

  it('handles more scripts than one command line takes', () => {
    const scripts = Array.from({ length: 450 }, (_, i) => ({
      id: String(i),
      text: i === 449 ? 'echo $1' : 'true',
    }))
    const results = shellcheckScripts(scripts)
    expect(results.size).toBe(450)
    expect(results.get('448')).toEqual([])
    expect(results.get('449')?.map((f) => f.code)).toEqual([2086])
  })
})
