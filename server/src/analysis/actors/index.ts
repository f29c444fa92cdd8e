import type { Actor, Block } from '../types';

/** Finds the people, organizations and places of the prose blocks, one Actor per real-world actor. */
export function findActors(_text: string, _blocks: readonly Block[]): Actor[] {
  return []; // placeholder until the actor layer lands
}
