import type { Language } from '../../i18n/index.ts'
import { schemaEn } from '../../i18n/schema-en.ts'
import { schemaJa } from '../../i18n/schema-ja.ts'
import { tableTranslate } from '../../i18n/table.ts'

/**
 * Our own compact JSON Schema (draft-07) of the `.gitlab-ci.yml` keys kanikoconfig emits, with hover
 * text in the page's language. It is deliberately not GitLab's ci.json: it describes only what we
 * generate, so a key outside it in the preview would be a generator bug (ci-schema.test.ts checks
 * random pipelines against it: monaco-yaml marks every violation and sets the markers again after
 * each edit, which makes Monaco redraw every visible line).
 */
export function ciSchema(language: Language): Record<string, unknown> {
  const t = tableTranslate({ en: schemaEn, ja: schemaJa }, language)
  const strings = { type: 'array', items: { type: 'string' } }
  const job = {
    type: 'object',
    description: t('schema.job'),
    properties: {
      stage: { type: 'string', description: t('schema.stage') },
      image: {
        description: t('schema.image'),
        anyOf: [
          { type: 'string' },
          {
            type: 'object',
            properties: {
              name: { type: 'string', description: t('schema.image.name') },
              entrypoint: { ...strings, description: t('schema.image.entrypoint') },
            },
            required: ['name'],
            additionalProperties: false,
          },
        ],
      },
      variables: {
        type: 'object',
        description: t('schema.variables'),
        additionalProperties: { type: ['string', 'number'] },
      },
      before_script: { ...strings, description: t('schema.before_script') },
      script: { ...strings, minItems: 1, description: t('schema.script') },
      artifacts: {
        type: 'object',
        description: t('schema.artifacts'),
        properties: {
          paths: { ...strings, description: t('schema.artifacts.paths') },
          expire_in: { type: 'string', description: t('schema.artifacts.expire_in') },
        },
        additionalProperties: false,
      },
      needs: {
        type: 'array',
        description: t('schema.needs'),
        items: {
          anyOf: [
            { type: 'string' },
            {
              type: 'object',
              properties: { job: { type: 'string', description: t('schema.needs.job') } },
              required: ['job'],
            },
          ],
        },
      },
      rules: {
        type: 'array',
        description: t('schema.rules'),
        items: {
          type: 'object',
          properties: {
            if: { type: 'string', description: t('schema.rules.if') },
            when: {
              enum: ['on_success', 'manual', 'always', 'never'],
              description: t('schema.rules.when'),
            },
            changes: {
              description: t('schema.rules.changes'),
              anyOf: [
                strings,
                {
                  type: 'object',
                  properties: { paths: strings, compare_to: { type: 'string' } },
                  required: ['paths'],
                  additionalProperties: false,
                },
              ],
            },
            exists: { ...strings, description: t('schema.rules.exists') },
            allow_failure: { type: 'boolean', description: t('schema.rules.allow_failure') },
          },
          additionalProperties: false,
        },
      },
      tags: { ...strings, description: t('schema.tags') },
      extends: {
        anyOf: [{ type: 'string' }, strings],
        description: t('schema.extends'),
      },
      parallel: {
        type: 'object',
        description: t('schema.parallel'),
        properties: {
          matrix: {
            type: 'array',
            description: t('schema.parallel.matrix'),
            items: { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, strings] } },
          },
        },
        additionalProperties: false,
      },
      services: {
        type: 'array',
        description: t('schema.services'),
        items: {
          anyOf: [
            { type: 'string' },
            {
              type: 'object',
              properties: { name: { type: 'string' }, alias: { type: 'string' } },
              required: ['name'],
              additionalProperties: false,
            },
          ],
        },
      },
      timeout: { type: 'string', description: t('schema.timeout') },
      resource_group: { type: 'string', description: t('schema.resource_group') },
      retry: {
        description: t('schema.retry'),
        anyOf: [
          { type: 'integer' },
          {
            type: 'object',
            properties: { max: { type: 'integer' }, when: { anyOf: [{ type: 'string' }, strings] } },
            additionalProperties: false,
          },
        ],
      },
      interruptible: { type: 'boolean', description: t('schema.interruptible') },
    },
    // A job that extends a template may have all of its keys from there.
    anyOf: [{ required: ['script'] }, { required: ['extends'] }],
    additionalProperties: false,
  }
  // A hidden job (`.name:`, the extends layout's template) need not be complete.
  const { anyOf: _complete, ...template } = { ...job, description: t('schema.template') }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.gitlab-ci.yml',
    type: 'object',
    properties: { stages: { ...strings, description: t('schema.stages') } },
    patternProperties: { '^\\.': { $ref: '#/definitions/template' } },
    additionalProperties: { $ref: '#/definitions/job' },
    definitions: { job, template },
  }
}

/** Where the schema is registered in monaco-yaml; also shown as the hover's source. */
export const CI_SCHEMA_URI = 'inmemory://kanikoconfig/gitlab-ci.schema.json'
export const PREVIEW_MODEL_URI = 'file:///.gitlab-ci.yml'
