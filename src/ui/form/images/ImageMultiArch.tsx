import { memo } from 'react'
import { GITLAB_HOSTED_RUNNER_TAGS, PLATFORMS } from '../../../core/catalog/platforms.ts'
import type { Image, PlatformConfig } from '../../../core/config/schema.ts'
import type { FieldErrors } from '../../state/errors.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ListEditor } from '../ListEditor.tsx'
import { StringList } from '../StringList.tsx'
import { SUGGESTIONS } from '../Suggestions.tsx'
import { errorAt } from '../sections/common.ts'

/** The next platform to offer: the first one not in the list yet, with GitLab.com's runner tags for it. */
export function nextPlatform(platforms: readonly PlatformConfig[]): PlatformConfig {
  const used = new Set(platforms.map((p) => p.platform))
  const platform = PLATFORMS.find((p) => !used.has(p)) ?? PLATFORMS[0]
  return { platform, runnerTags: [...(GITLAB_HOSTED_RUNNER_TAGS[platform] ?? [])] }
}

const PLATFORM_OPTIONS = PLATFORMS.map((p) => ({ value: p, label: p }))

interface Props {
  readonly multiArch: Image['multiArch']
  readonly index: number
  readonly errors: FieldErrors
}

/** One image built per platform on native runners, then joined by manifest-tool. */
export const ImageMultiArch = memo(function ImageMultiArch({ multiArch: m, index, errors }: Props) {
  const at = ['images', index, 'multiArch'] as const
  return (
    <>
      <CheckboxField path={[...at, 'enabled']} value={m.enabled} />
      {m.enabled ? (
        <div className="nested">
          <ListEditor<PlatformConfig>
            path={[...at, 'platforms']}
            items={m.platforms}
            errors={errors}
            newItem={() => nextPlatform(m.platforms)}
            renderItem={(platform, p) => (
              <>
                <SelectField path={[...p, 'platform']} value={platform.platform} options={PLATFORM_OPTIONS} />
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
            path={[...at, 'tagSuffix']}
            value={m.tagSuffix}
            error={errorAt(errors, [...at, 'tagSuffix'])}
          />
          <TextField
            path={[...at, 'manifestToolImage']}
            value={m.manifestToolImage}
            error={errorAt(errors, [...at, 'manifestToolImage'])}
            suggestions={SUGGESTIONS.manifestTool}
          />
          <TextField
            path={[...at, 'manifestJobName']}
            value={m.manifestJobName}
            error={errorAt(errors, [...at, 'manifestJobName'])}
          />
          <StringList
            path={[...at, 'manifestRunnerTags']}
            items={m.manifestRunnerTags}
            errors={errors}
            suggestions={SUGGESTIONS.runnerTags}
          />
        </div>
      ) : null}
    </>
  )
})
