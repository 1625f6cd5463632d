import { describe, expect, it } from 'vitest'
import { EXECUTOR_SOURCES } from '../../core/catalog/executors.ts'
import {
  CERTIFICATE_SOURCES,
  CREDENTIAL_HELPERS,
  DESTINATION_WHEN,
  DOCKER_AUTH_CONFIG_SOURCES,
  GITLAB_AUTH_MODES,
  LAYOUTS,
  MANUAL_MODES,
  SCHEDULE_MODES,
  TRIGGERS,
} from '../../core/config/schema.ts'
import { catalog as en } from '../../i18n/catalog-en.ts'
import { createTranslate } from '../../i18n/index.ts'
import { fieldId, fieldLabel, fieldMessage } from './fields/labels.ts'
import { needsFor, needsMode } from './fields/NeedsField.tsx'
import { parseWholeNumber } from './fields/NumberField.tsx'
import { nextPlatform } from './images/ImageMultiArch.tsx'
import { enumOptions } from './options.ts'

const t = createTranslate(en)

describe('form helpers', () => {
  it('labels every option of the enums shown with messages', () => {
    const groups = [
      [EXECUTOR_SOURCES, 'source'],
      [TRIGGERS, 'trigger'],
      [GITLAB_AUTH_MODES, 'gitlabAuth'],
      [CREDENTIAL_HELPERS, 'credentialHelper'],
      [CERTIFICATE_SOURCES, 'certificateSource'],
      [DESTINATION_WHEN, 'destinationWhen'],
      [DOCKER_AUTH_CONFIG_SOURCES, 'dockerAuthConfig'],
      [LAYOUTS, 'layout'],
      [MANUAL_MODES, 'manual'],
      [SCHEDULE_MODES, 'schedules'],
    ] as const
    for (const [values, prefix] of groups) {
      for (const option of enumOptions(t, values, prefix))
        expect(option.label, option.value).not.toMatch(/^option\./)
      for (const value of values) expect(t.has(`option.${prefix}.${value}`), `${prefix}.${value}`).toBe(true)
    }
    expect(enumOptions(t, ['default', 'info'])).toEqual([
      { value: 'default', label: 'kaniko’s default' },
      { value: 'info', label: 'info' },
    ])
  })

  it('names list items and their add buttons from the messages', () => {
    expect(fieldMessage(t, ['images', 1, 'destinations', 0, 'tags'], 'item', { n: 2 })).toBe('Tag 2')
    expect(fieldMessage(t, ['images', 0, 'buildArgs'], 'add')).toBe('Add build argument')
    expect(fieldLabel(t, ['images', 2, 'buildArgs', 3, 'name'])).toBe('Name')
    expect(fieldLabel(t, ['no', 'such'])).toBe('no.such')
    expect(fieldId(['images', 0, 'destinations', 0, 'tags', 1])).toBe('f-images-0-destinations-0-tags-1')
  })

  it('reads whole numbers and turns anything else into NaN for validation to report', () => {
    expect(parseWholeNumber('3')).toBe(3)
    expect(parseWholeNumber(' 12 ')).toBe(12)
    expect(parseWholeNumber('-1')).toBe(-1)
    expect(parseWholeNumber('3x')).toBeNaN()
    expect(parseWholeNumber('')).toBeNaN()
    expect(parseWholeNumber('1.5')).toBeNaN()
  })

  it('offers the next unused platform with GitLab.com’s runner tags', () => {
    expect(nextPlatform([])).toEqual({ platform: 'linux/amd64', runnerTags: ['saas-linux-small-amd64'] })
    expect(nextPlatform([{ platform: 'linux/amd64', runnerTags: [] }])).toEqual({
      platform: 'linux/arm64',
      runnerTags: ['saas-linux-small-arm64'],
    })
    expect(
      nextPlatform([
        { platform: 'linux/amd64', runnerTags: [] },
        { platform: 'linux/arm64', runnerTags: [] },
      ]).platform,
    ).toBe('linux/arm/v7')
  })

  it('reads needs as a choice of three and starts each choice with its value', () => {
    expect(needsMode(null)).toBe('unset')
    expect(needsMode([])).toBe('none')
    expect(needsMode(['lint'])).toBe('jobs')
    expect(needsFor('unset')).toBeNull()
    expect(needsFor('none')).toEqual([])
    // "These jobs" starts with one name to type (an empty list would mean "start at once").
    expect(needsFor('jobs')).toEqual([''])
  })
})
