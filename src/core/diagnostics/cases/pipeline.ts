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
    code: 'KC230',
    name: "the images' own variables are written in (matrix cells, corpus file 30)",
    trigger: {
      version: 2,
      images: [
        {
          name: 'nginx',
          variables: [{ name: 'TARGET', value: 'web' }],
          destinations: [{ repository: `${image}/$TARGET`, tags: ['1'] }],
        },
        {
          name: 'drush',
          variables: [{ name: 'TARGET', value: 'web' }],
          destinations: [{ repository: `${image}/$TARGET`, tags: ['1'] }],
        },
      ],
    },
    near: {
      version: 2,
      images: [
        {
          name: 'nginx',
          variables: [{ name: 'TARGET', value: 'nginx' }],
          destinations: [{ repository: `${image}/$TARGET`, tags: ['1'] }],
        },
        {
          name: 'drush',
          variables: [{ name: 'TARGET', value: 'drush' }],
          destinations: [{ repository: `${image}/$TARGET`, tags: ['1'] }],
        },
      ],
    },
    fixable: false,
  },
  {
    code: 'KC230',
    name: '$X and ${X} are the same reference; $XY is another variable',
    trigger: {
      version: 2,
      images: [
        { name: 'api', destinations: [{ repository: '$CI_REGISTRY_IMAGE', tags: ['$CI_COMMIT_SHORT_SHA'] }] },
        { name: 'web', destinations: [{ repository: image, tags: ['${CI_COMMIT_SHORT_SHA}'] }] },
      ],
    },
    near: {
      version: 2,
      images: [
        { name: 'api', destinations: [{ repository: '$CI_REGISTRY_IMAGE', tags: ['$CI_COMMIT_SHORT_SHA'] }] },
        {
          name: 'web',
          destinations: [{ repository: '$CI_REGISTRY_IMAGEX', tags: ['${CI_COMMIT_SHORT_SHA}'] }],
        },
      ],
    },
    fields: ['images[1].destinations[0].tags[0]'],
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
  {
    code: 'KC235',
    name: 'a destination from a variable holding the whole reference (corpus file 25)',
    trigger: {
      version: 2,
      pipeline: {
        job: { variables: [{ name: 'UNDER_TEST', value: `${image}/app:build-$CI_PIPELINE_IID` }] },
      },
      images: [{ destinations: [{ repository: '$UNDER_TEST', tags: [] }] }],
      release: { enabled: true, repository: `${image}/app`, fromTag: 'build-$CI_COMMIT_SHA' },
    },
    near: {
      version: 2,
      pipeline: {
        job: {
          variables: [
            { name: 'name', value: 'app' },
            { name: 'UNDER_TEST', value: `${image}/$name:build-$CI_PIPELINE_IID` },
          ],
        },
      },
      images: [{ destinations: [{ repository: '$UNDER_TEST', tags: [] }] }],
      release: { enabled: true, repository: `${image}/$name`, fromTag: 'build-$CI_PIPELINE_IID' },
    },
    fields: ['release.fromTag'],
    fixable: false,
  },
  {
    code: 'KC235',
    name: 'the from-tag may spell the variable $X where the build pushes ${X}; $XY is another variable',
    trigger: {
      version: 2,
      images: [{ destinations: [{ repository: image, tags: ['$CI_COMMIT_SHORT_SHAX'] }] }],
      release: { enabled: true, repository: '$CI_REGISTRY_IMAGE', fromTag: '$CI_COMMIT_SHORT_SHA' },
    },
    near: {
      version: 2,
      images: [{ destinations: [{ repository: image, tags: ['${CI_COMMIT_SHORT_SHA}'] }] }],
      release: { enabled: true, repository: '$CI_REGISTRY_IMAGE', fromTag: '$CI_COMMIT_SHORT_SHA' },
    },
    fields: ['release.fromTag'],
    fixable: false,
  },
  {
    code: 'KC240',
    trigger: { version: 2, release: { enabled: true, toTags: ['${CI_COMMIT_TAG}', '-stable'] } },
    near: { version: 2, release: { enabled: true, toTags: ['${CI_COMMIT_TAG}', 'stable'] } },
    fields: ['release.toTags[1]'],
  },
  {
    code: 'KC236',
    trigger: {
      version: 2,
      pipeline: { layout: 'matrix' },
      images: [
        { name: 'api', target: 'runtime' },
        { name: 'web', destinations: [{ repository: `${image}/web`, tags: ['x'] }] },
      ],
    },
    near: {
      version: 2,
      pipeline: { layout: 'matrix' },
      images: [
        { name: 'api', destinations: [{ repository: `${image}/api`, tags: ['x'] }] },
        { name: 'web', destinations: [{ repository: `${image}/web`, tags: ['x'] }] },
      ],
    },
    fields: ['pipeline.layout'],
    fixed: (view) => view.pipeline.layout,
    fixedValue: 'extends',
  },
  {
    code: 'KC237',
    trigger: { version: 2, release: { enabled: true, image: 'gcr.io/go-containerregistry/crane:debug' } },
    near: {
      version: 2,
      release: { enabled: true, image: 'gcr.io/go-containerregistry/crane/debug:v0.20.2' },
    },
    fields: ['release.image'],
    fixable: false,
  },
  {
    code: 'KC237',
    name: 'a digest pins any tag; a variable is not judged',
    trigger: { version: 2, release: { enabled: true, image: 'registry.example.com/tools/crane' } },
    near: {
      version: 2,
      release: { enabled: true, image: `gcr.io/go-containerregistry/crane:debug@sha256:${'a'.repeat(64)}` },
    },
    fixable: false,
  },
  {
    // Corpus file 06: no rules, `:latest` in every pipeline.
    code: 'KC238',
    trigger: {
      version: 2,
      pipeline: { triggers: { on: [] } },
      images: [{ destinations: [{ repository: image, tags: ['latest'] }] }],
    },
    near: {
      version: 2,
      pipeline: { triggers: { on: ['default-branch'] } },
      images: [{ destinations: [{ repository: image, tags: ['latest'] }] }],
    },
    fields: ['images[0].destinations[0]'],
    fixed: (view) => view.destinations,
    fixedValue: [{ repository: image, tags: ['latest'], when: 'default-branch' }],
  },
  {
    code: 'KC238',
    name: 'a reference written whole: latest unless a variable in it holds a tag (corpus file 25)',
    trigger: {
      version: 2,
      pipeline: { triggers: { on: ['branch'] } },
      images: [{ destinations: [{ repository: 'registry.example.com/app', tags: [] }] }],
    },
    near: {
      version: 2,
      pipeline: { triggers: { on: ['branch'] } },
      images: [{ destinations: [{ repository: '$IMAGE_UNDER_TEST', tags: [] }] }],
    },
    fixed: (view) => view.destinations[0]?.when,
    fixedValue: 'default-branch',
  },
  {
    code: 'KC238',
    name: 'beside a tag with a variable: said, not fixed',
    trigger: {
      version: 2,
      pipeline: { triggers: { on: ['branch', 'tag'] } },
      images: [{ destinations: [{ repository: image, tags: ['${CI_COMMIT_SHORT_SHA}', 'latest'] }] }],
    },
    near: {
      version: 2,
      pipeline: { triggers: { on: ['branch', 'tag'] } },
      images: [
        {
          destinations: [
            { repository: image, tags: ['${CI_COMMIT_SHORT_SHA}', 'latest'], when: 'default-branch' },
          ],
        },
      ],
    },
    fixable: false,
  },
  {
    // Corpus file 01: one Dockerfile built three times, once per registry.
    code: 'KC239',
    trigger: {
      version: 2,
      images: [
        { name: 'gitlab', destinations: [{ repository: image, tags: ['v2'] }] },
        { name: 'ghcr', destinations: [{ repository: 'ghcr.io/example/app', tags: ['v2'] }] },
      ],
    },
    near: {
      version: 2,
      images: [
        { name: 'gitlab', destinations: [{ repository: image, tags: ['v2'] }] },
        {
          name: 'ghcr',
          context: 'other',
          destinations: [{ repository: 'ghcr.io/example/app', tags: ['v2'] }],
        },
      ],
    },
    fields: ['images[0].destinations', 'images[1].destinations'],
    fixed: (view) => view.destinations.map((d) => d.repository),
    fixedValue: [image, 'ghcr.io/example/app'],
  },
]
