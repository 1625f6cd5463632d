import type { Case } from './case.ts'

const image = '${CI_REGISTRY_IMAGE}'

export const destinationCases: Case[] = [
  {
    code: 'KC201',
    trigger: { job: { triggers: ['tag', 'default-branch'] } },
    near: { job: { triggers: ['tag'] } },
    fields: ['destinations[0].tags[0]', 'job.triggers'],
    fixed: (c) => c.job.triggers,
    fixedValue: ['tag'],
  },
  {
    code: 'KC201',
    name: 'no triggers: every pipeline',
    trigger: { job: { triggers: [] } },
    near: { job: { triggers: [] }, destinations: [{ repository: image, tags: ['${CI_COMMIT_SHORT_SHA}'] }] },
  },
  {
    code: 'KC202',
    trigger: {
      job: { triggers: ['default-branch', 'tag'] },
      destinations: [{ repository: image, tags: ['release-${CI_COMMIT_TAG}'] }],
    },
    near: {
      job: { triggers: ['tag'] },
      destinations: [{ repository: image, tags: ['release-${CI_COMMIT_TAG}'] }],
    },
    fields: ['destinations[0].tags[0]', 'job.triggers'],
  },
  {
    code: 'KC203',
    trigger: { destinations: [{ repository: image, tags: ['$CI_COMMIT_REF_NAME'] }] },
    near: { destinations: [{ repository: image, tags: ['$CI_COMMIT_REF_SLUG'] }] },
    fields: ['destinations[0].tags[0]'],
    fixed: (c) => c.destinations[0]?.tags,
    fixedValue: ['$CI_COMMIT_REF_SLUG'],
  },
  {
    code: 'KC203',
    name: 'CI_COMMIT_BRANCH, braces kept',
    trigger: { destinations: [{ repository: image, tags: ['build-${CI_COMMIT_BRANCH}'] }] },
    near: { destinations: [{ repository: image, tags: ['build-${CI_COMMIT_SHORT_SHA}'] }] },
    fixed: (c) => c.destinations[0]?.tags,
    fixedValue: ['build-${CI_COMMIT_REF_SLUG}'],
  },
  {
    code: 'KC204',
    trigger: {
      destinations: [
        { repository: image, tags: ['${CI_COMMIT_TAG}', 'latest'] },
        { repository: image, tags: ['latest'] },
      ],
    },
    near: {
      destinations: [
        { repository: image, tags: ['${CI_COMMIT_TAG}', 'latest'] },
        { repository: `${image}/app`, tags: ['latest'] },
      ],
    },
    fields: ['destinations[0].tags[1]', 'destinations[1].tags[0]'],
    fixed: (c) => c.destinations,
    fixedValue: [{ repository: image, tags: ['${CI_COMMIT_TAG}', 'latest'], when: 'always' }],
  },
  {
    code: 'KC205',
    trigger: {
      job: { triggers: ['branch', 'merge-request'] },
      destinations: [{ repository: image, tags: ['${CI_COMMIT_SHORT_SHA}'] }],
    },
    near: {
      job: { triggers: ['default-branch', 'merge-request'] },
      destinations: [{ repository: image, tags: ['${CI_COMMIT_SHORT_SHA}'] }],
    },
    fields: ['job.triggers'],
    fixed: (c) => c.job.triggers,
    fixedValue: ['branch'],
  },
  {
    code: 'KC206',
    trigger: { destinations: [{ repository: 'https://registry.example.com/team/app', tags: ['v1'] }] },
    near: { destinations: [{ repository: 'registry.example.com/team/app', tags: ['v1'] }] },
    fields: ['destinations[0].repository'],
    fixed: (c) => c.destinations[0]?.repository,
    fixedValue: 'registry.example.com/team/app',
  },
  {
    code: 'KC207',
    trigger: { destinations: [{ repository: `${image}/MyApp`, tags: ['v1'] }] },
    near: { destinations: [{ repository: `${image}/myapp`, tags: ['V1'] }] },
    fields: ['destinations[0].repository'],
    fixed: (c) => c.destinations[0]?.repository,
    fixedValue: `${image}/myapp`,
  },
  {
    code: 'KC208',
    trigger: { destinations: [{ repository: image, tags: ['feature/login'] }] },
    near: { destinations: [{ repository: image, tags: ['feature-login'] }] },
    fields: ['destinations[0].tags[0]'],
    fixed: (c) => c.destinations[0]?.tags,
    fixedValue: ['feature-login'],
  },
  {
    code: 'KC208',
    name: 'a leading dash',
    trigger: { destinations: [{ repository: image, tags: ['-rc1'] }] },
    near: { destinations: [{ repository: image, tags: ['v1-rc1'] }] },
    fixed: (c) => c.destinations[0]?.tags,
    fixedValue: ['rc1'],
  },
  {
    code: 'KC209',
    trigger: { destinations: [{ repository: `${image}:latest`, tags: ['v1'] }] },
    near: { destinations: [{ repository: 'registry.example.com:5000/app', tags: ['v1'] }] },
    fields: ['destinations[0].repository'],
    fixed: (c) => c.destinations[0]?.repository,
    fixedValue: image,
  },
  {
    code: 'KC209',
    name: 'a tag after the last path segment',
    trigger: { destinations: [{ repository: 'registry.example.com:5000/app:v1', tags: ['v2'] }] },
    near: { destinations: [{ repository: 'registry.example.com:5000/app', tags: ['v2'] }] },
    fixed: (c) => c.destinations[0]?.repository,
    fixedValue: 'registry.example.com:5000/app',
  },
  {
    code: 'KC210',
    trigger: { job: { stage: 'publish' }, output: { stagesBlock: false } },
    near: { job: { stage: 'deploy' }, output: { stagesBlock: false } },
    fields: ['job.stage', 'output.stagesBlock'],
    fixed: (c) => c.output.stagesBlock,
    fixedValue: true,
  },
  {
    code: 'KC211',
    trigger: { advanced: { noPush: true, tarPath: '/tmp/image.tar' } },
    near: { advanced: { noPush: true, tarPath: '${CI_PROJECT_DIR}/image.tar' } },
    fields: ['advanced.tarPath'],
    fixed: (c) => c.advanced.tarPath,
    fixedValue: '${CI_PROJECT_DIR}/image.tar',
  },
  {
    code: 'KC211',
    name: 'a path from another variable, or leaving the project directory',
    trigger: { advanced: { digestFile: '$HOME/digest', imageNameWithDigestFile: '../names.txt' } },
    near: { advanced: { digestFile: 'out/digest', imageNameWithDigestFile: './names.txt' } },
    fields: ['advanced.digestFile'],
  },
  {
    code: 'KC209',
    name: 'a repository with tags has none of its own; a whole reference (no tags) does',
    trigger: { destinations: [{ repository: 'registry.example.com/app:1.0', tags: ['latest'] }] },
    near: { destinations: [{ repository: 'registry.example.com/app:1.0', tags: [] }] },
    fixed: (c) => c.destinations[0]?.repository,
    fixedValue: 'registry.example.com/app',
  },
  {
    code: 'KC207',
    name: 'a whole reference: only its repository must be lower case, not its tag',
    trigger: { destinations: [{ repository: 'registry.example.com/MyApp:V1', tags: [] }] },
    near: { destinations: [{ repository: 'registry.example.com/myapp:V1', tags: [] }] },
    fixed: (c) => c.destinations[0]?.repository,
    fixedValue: 'registry.example.com/myapp:V1',
  },
  {
    code: 'KC201',
    name: 'a destination pushed only on tags may use the Git tag',
    trigger: {
      job: { triggers: ['tag', 'default-branch'] },
      destinations: [{ repository: image, tags: ['${CI_COMMIT_TAG}'] }],
    },
    near: {
      job: { triggers: ['tag', 'default-branch'] },
      destinations: [
        { repository: image, tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
        { repository: image, tags: ['latest'], when: 'default-branch' },
      ],
    },
  },
  {
    code: 'KC204',
    name: '$X and ${X} are the same tag; ${X}Y is another',
    trigger: {
      destinations: [
        { repository: image, tags: ['$VERSION'] },
        { repository: image, tags: ['${VERSION}'] },
      ],
    },
    near: {
      destinations: [
        { repository: image, tags: ['$VERSION'] },
        { repository: image, tags: ['${VERSION}-slim'] },
      ],
    },
    fields: ['destinations[0].tags[0]', 'destinations[1].tags[0]'],
    fixed: (c) => c.destinations,
    fixedValue: [{ repository: image, tags: ['$VERSION'], when: 'always' }],
  },
  {
    code: 'KC204',
    name: '$X and ${X} are the same repository; $XY is another variable',
    trigger: {
      destinations: [
        { repository: '$REGISTRY/app', tags: ['v1'] },
        { repository: '${REGISTRY}/app', tags: ['v1'] },
      ],
    },
    near: {
      destinations: [
        { repository: '${REGISTRY}/app', tags: ['v1'] },
        { repository: '$REGISTRY_MIRROR/app', tags: ['v1'] },
      ],
    },
    fields: ['destinations[0].tags[0]', 'destinations[1].tags[0]'],
  },
  {
    code: 'KC204',
    name: 'one tag for tag pipelines and one for the default branch is no duplicate',
    trigger: {
      destinations: [
        { repository: image, tags: ['latest'], when: 'not-tag' },
        { repository: image, tags: ['latest'], when: 'default-branch' },
      ],
    },
    near: {
      destinations: [
        { repository: image, tags: ['latest'], when: 'tag' },
        { repository: image, tags: ['latest'], when: 'default-branch' },
      ],
    },
  },
]
