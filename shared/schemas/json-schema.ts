// JSON Schemas of the public records (feeds, webinar pages, the registration form), from the zod schemas.
import * as z from 'zod/mini'
import { calendarSnapshotSchema, outreachEventSchema } from './event'
import { isoDate } from './primitives'
import { registrationFormSchema } from './registration'
import { publicWebinarSchema } from './webinar'

// Which side of each schema the public sees: what the API serves (output, defaults filled in)
// or what a client sends (input, defaults optional).
const PUBLIC_SCHEMAS = {
  'outreach-event': { schema: outreachEventSchema, io: 'output' },
  'calendar-snapshot': { schema: calendarSnapshotSchema, io: 'input' },
  'public-webinar': { schema: publicWebinarSchema, io: 'output' },
  'registration-form': { schema: registrationFormSchema, io: 'input' },
} as const satisfies Record<string, { schema: z.ZodMiniType; io: 'input' | 'output' }>

export type PublicSchemaName = keyof typeof PUBLIC_SCHEMAS
export const PUBLIC_SCHEMA_NAMES = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]

export type JsonSchema = z.core.JSONSchema.JSONSchema

const generated = new Map<PublicSchemaName, JsonSchema>()

/**
 * The JSON Schema (draft 2020-12) of a public record. Cross-field rules (an end date after the
 * start date, a registration window before the webinar ends) are the zod schema's alone.
 *
 * @example
 * app.get('/schemas/:name{[a-z-]+}.json', (c) => c.json(publicJsonSchema('outreach-event')))
 */
export function publicJsonSchema(name: PublicSchemaName): JsonSchema {
  let schema = generated.get(name)
  if (!schema) {
    const { schema: zodSchema, io } = PUBLIC_SCHEMAS[name]
    schema = z.toJSONSchema(zodSchema, {
      io,
      target: 'draft-2020-12',
      // isoDate is a refinement, which JSON Schema cannot see; say what it is.
      override: (ctx) => {
        if (ctx.zodSchema === isoDate) ctx.jsonSchema.format = 'date'
      },
    }) as JsonSchema
    generated.set(name, schema)
  }
  return schema
}
