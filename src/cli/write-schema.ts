// Regenerates levels/level.schema.json from the zod schema (a unit test checks it is current).
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, jsonSchemaText } from '../content/json-schema.ts';

writeFileSync(JSON_SCHEMA_FILE, jsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
