import type { Case } from './case.ts'

const image = '${CI_REGISTRY_IMAGE}'

/** Pipeline-wide rules: triggers, several images, needs, the retag job (written in version 2). */
export const pipelineCases: Case[] = [
  {
    code: 'KC222',
    trigger: { version: 2, pipeline: { triggers: { on: ['tag', 'schedule'], schedules: 'never' } } },
    near: { version: 2, pipeline: { triggers: { on: ['tag', 'schedule'] } } },
    fields: ['pipeline.triggers.on', 'pipeline.triggers.schedules'],
    fixed: (view) => view.pipeline.triggers.on,
    fixedValue: ['tag'],
  },
  {
    code: 'KC223',
    trigger: { version: 2, images: [{ changes: ['app/**/*'] }] },
    near: {
      version: 2,
      pipeline: { triggers: { on: ['branch'] } },
      images: [{ changes: ['app/**/*'], changesCompareTo: 'refs/heads/main' }],
    },
    fields: ['images[0].changes'],
    fixable: false,
  },
  {
    code: 'KC230',
    trigger: {
      version: 2,
      images: [
        { name: 'api', destinations: [{ repository: image, tags: ['${CI_COMMIT_TAG}'] }] },
        { name: 'web', destinations: [{ repository: image, tags: ['${CI_COMMIT_TAG}'] }] },
      ],
    },
    near: {
      version: 2,
      images: [
        { name: 'api', destinations: [{ repository: `${image}/api`, tags: ['${CI_COMMIT_TAG}'] }] },
        { name: 'web', destinations: [{ repository: `${image}/web`, tags: ['${CI_COMMIT_TAG}'] }] },
      ],
    },
    fields: ['images[1].destinations[0].tags[0]'],
    fixable: false,
  },
  {
    code: 'KC230',
    name: 'a push in every pipeline meets a tag-only push (pipelines that never meet do not count)',
    trigger: {
      version: 2,
      images: [
        { name: 'api', destinations: [{ repository: image, tags: ['latest'] }] },
        { name: 'web', destinations: [{ repository: image, tags: ['latest'], when: 'tag' }] },
      ],
    },
    near: {
      version: 2,
      images: [
        { name: 'api', destinations: [{ repository: image, tags: ['latest'], when: 'default-branch' }] },
        { name: 'web', destinations: [{ repository: image, tags: ['latest'], when: 'tag' }] },
      ],
    },
    fixable: false,
  },
  {
    code: 'KC231',
    trigger: { version: 2, pipeline: { job: { needs: ['test'] } } },
    near: { version: 2, images: [{ name: 'app' }, { name: 'docs', needs: ['app'] }] },
    fields: ['pipeline.job.needs[0]'],
    fixed: (view) => view.pipeline.job.needs,
    fixedValue: [],
  },
  {
    code: 'KC235',
    trigger: { version: 2, release: { enabled: true } },
    near: {
      version: 2,
      pipeline: { triggers: { on: ['branch', 'tag'] } },
      images: [{ destinations: [{ repository: image, tags: ['${CI_COMMIT_SHORT_SHA}'] }] }],
      release: { enabled: true },
    },
    fields: ['release.fromTag'],
    fixable: false,
  },
]
