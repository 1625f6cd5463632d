/**
 * Hover text of the preview's YAML schema (src/ui/preview/ci-schema.ts), loaded with Monaco rather
 * than with the page. schema-ja.ts has the same keys.
 */
export const schemaEn = {
  'schema.stages':
    'The stages of the pipeline, in the order they run. Jobs of the same stage run in parallel.',
  'schema.job': 'A job: the commands the runner executes, in the image given by image.',
  'schema.stage': 'The stage this job belongs to.',
  'schema.image': 'The container image the job runs in.',
  'schema.image.name': 'Image reference. kaniko needs a -debug image: only those contain a shell.',
  'schema.image.entrypoint':
    'Overrides the image’s entrypoint. [""] lets the runner start the job script instead of the executor.',
  'schema.variables': 'CI/CD variables set for this job.',
  'schema.before_script': 'Commands run before script, in the same shell.',
  'schema.script': 'The commands of the job. The job fails when one of them fails.',
  'schema.needs': 'Jobs that must finish before this one starts, regardless of stages.',
  'schema.needs.job': 'Name of the job this job waits for.',
  'schema.rules': 'Rules deciding whether the job is added to a pipeline. The first matching rule applies.',
  'schema.rules.if': 'A CI/CD variable expression; the rule matches when it is true.',
  'schema.rules.when': 'When the job runs if the rule matches: on_success, manual, always or never.',
  'schema.artifacts': 'Files GitLab keeps after the job.',
  'schema.artifacts.paths': 'Relative to the project directory.',
  'schema.artifacts.expire_in': 'How long they are kept.',
  'schema.tags': 'Only runners that have all of these tags pick up the job.',
  'schema.template':
    'A hidden job (its name starts with a dot): never run itself, it holds what the jobs extending it share.',
  'schema.extends': 'The hidden job(s) whose keys this job takes; its own keys override them.',
  'schema.parallel': 'Runs the job several times in parallel.',
  'schema.parallel.matrix': 'One job per row, each with the row’s variables.',
  'schema.services': 'Service containers started next to the job.',
  'schema.timeout': 'How long the job may run before it is stopped.',
  'schema.resource_group': 'Only one job of the group runs at a time, across pipelines.',
  'schema.retry': 'How often a failed job is retried, and on which failures.',
  'schema.interruptible': 'Whether a newer pipeline on the same ref may cancel this job.',
  'schema.rules.changes': 'The rule matches when one of these files changed.',
  'schema.rules.exists': 'The rule matches when one of these files exists in the repository.',
  'schema.rules.allow_failure': 'Whether the pipeline goes on when the job fails.',
}

export type SchemaMessageKey = keyof typeof schemaEn
