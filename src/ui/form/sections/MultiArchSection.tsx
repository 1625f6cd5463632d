import { memo } from 'react'
import { GITLAB_HOSTED_RUNNER_TAGS, PLATFORMS } from '../../../core/catalog/platforms.ts'
import type { Config, PlatformConfig } from '../../../core/config/schema.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { Section } from '../Section.tsx'
import { StringList } from '../StringList.tsx'
import { SUGGESTIONS } from '../Suggestions.tsx'
import { errorAt, errorTotal, type SectionProps } from './common.ts'

/** The next platform to offer: the first one not in the list yet, with GitLab.com's runner tags for it. */
export function nextPlatform(platforms: readonly PlatformConfig[]): PlatformConfig {
  const used = new Set(platforms.map((p) => p.platform))
  const platform = PLATFORMS.find((p) => !used.has(p)) ?? PLATFORMS[0]
  return { platform, runnerTags: [...(GITLAB_HOSTED_RUNNER_TAGS[platform] ?? [])] }
}

export const MultiArchSection = memo(function MultiArchSection({
  multiArch,
  errors,
  open,
}: SectionProps & { readonly multiArch: Config['multiArch'] }) {
  const m = multiArch
  const platformOptions = PLATFORMS.map((p) => ({ value: p, label: p }))
  return (
    <Section
      id="multiArch"
      open={open}
      changed={changedCount({ multiArch }, DEFAULTS, 'multiArch')}
      errors={errorTotal(errors)}
    >
      <CheckboxField path={['multiArch', 'enabled']} value={m.enabled} />
      {m.enabled ? (
        <div className="nested">
          <ListEditor<PlatformConfig>
            path={['multiArch', 'platforms']}
            items={m.platforms}
            errors={errors}
            newItem={() => nextPlatform(m.platforms)}
            renderItem={(platform, p) => (
              <>
                <SelectField path={[...p, 'platform']} value={platform.platform} options={platformOptions} />
                <StringList
                  path={[...p, 'runnerTags']}
                  items={platform.runnerTags}
                  errors={errors}
                  suggestions={SUGGESTIONS.runnerTags}
                />
              </>
            )}
          />
          <TextField
            path={['multiArch', 'tagSuffix']}
            value={m.tagSuffix}
            error={errorAt(errors, ['multiArch', 'tagSuffix'])}
          />
          <TextField
            path={['multiArch', 'manifestToolImage']}
            value={m.manifestToolImage}
            error={errorAt(errors, ['multiArch', 'manifestToolImage'])}
            suggestions={SUGGESTIONS.manifestTool}
          />
          <TextField
            path={['multiArch', 'manifestJobName']}
            value={m.manifestJobName}
            error={errorAt(errors, ['multiArch', 'manifestJobName'])}
          />
          <StringList
            path={['multiArch', 'manifestRunnerTags']}
            items={m.manifestRunnerTags}
            errors={errors}
            suggestions={SUGGESTIONS.runnerTags}
          />
        </div>
      ) : null}
    </Section>
  )
})
