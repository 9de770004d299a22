// The JSON Schema for level files, generated from the zod schema so that the two never disagree.
import { z } from 'zod';
import { LevelSchema } from './schema.ts';

export const levelJsonSchema = (): object => ({
  ...z.toJSONSchema(LevelSchema, { io: 'input', unrepresentable: 'any' }),
  title: 'Hot Seat level',
});

export const JSON_SCHEMA_FILE = 'levels/level.schema.json';
export const jsonSchemaText = (): string => `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;
