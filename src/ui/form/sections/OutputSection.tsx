import { memo } from 'react'
import type { Config } from '../../../core/config/schema.ts'
import { DEFAULTS } from '../../state/defaults.ts'
import { changedCount } from '../../state/sections.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { Section } from '../Section.tsx'
import { errorTotal, type SectionProps } from './common.ts'

export const OutputSection = memo(function OutputSection({
  output,
  errors,
  open,
}: SectionProps & { readonly output: Config['output'] }) {
  return (
    <Section
      id="output"
      open={open}
      changed={changedCount({ output }, DEFAULTS, 'output')}
      errors={errorTotal(errors)}
    >
      <CheckboxField path={['output', 'comments']} value={output.comments} />
      <CheckboxField path={['output', 'stagesBlock']} value={output.stagesBlock} />
      <CheckboxField path={['output', 'header']} value={output.header} />
    </Section>
  )
})
