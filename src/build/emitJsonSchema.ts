// Writes the JSON Schema of the engagement format, generated from the zod schema, for the YAML
// extension (`contributes.yamlValidation`): completion and hover for users of redhat.vscode-yaml.
import { writeFileSync } from 'node:fs';
import * as z from 'zod';
import { engagementFileSchema } from '../core/model/engagementSchema';

const schema = z.toJSONSchema(engagementFileSchema, { io: 'input', unrepresentable: 'any' });
const document = {
  ...schema,
  $id: 'https://cx-maturity-toolkit.invalid/engagement.schema.json',
  title: 'CX Maturity Toolkit engagement (format v1)',
  // Consultants' annotations: keys beginning with `x-` are accepted anywhere.
  patternProperties: { '^x-': {} },
};
writeFileSync(process.argv[2]!, JSON.stringify(document, null, 2) + '\n');
