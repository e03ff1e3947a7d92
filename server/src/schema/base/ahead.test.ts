import { getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../graph/entities/queries.js';
import { buildSchema } from '../index.js';
import { RELATION_FIELDS } from './ahead.js';

describe('RELATION_FIELDS', () => {
  const schema = buildSchema();

  it.each(Object.entries(RELATION_FIELDS))(
    'names fields of %s that exist, take no arguments and match the relation',
    (type, fields) => {
      const object = schema.getType(type);
      expect(isObjectType(object)).toBe(true);
      if (!isObjectType(object)) return;
      for (const [field, rel] of Object.entries(fields)) {
        const definition = object.getFields()[field];
        expect(definition, `${type}.${field}`).toBeDefined();
        expect(definition?.args).toEqual([]);
        const target = definition ? getNamedType(definition.type).name : '';
        const spec = RELATIONS[rel];
        if (spec.shape === 'entities') expect([spec.label ?? 'Entity', 'Entity']).toContain(target);
        else expect(spec.shape).toBe('citations');
      }
    },
  );
});
