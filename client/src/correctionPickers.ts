// The only part of the corrections that is VS Code's own: asking for a value the server's command needs and the
// code action could not carry (a new name, another speaker, a TIMEX3 value). The middleware calls this before the
// command goes to the server; the server validates what is typed.
import * as vscode from 'vscode';
import type { CorrectionArguments } from '../../server/src/protocol';

const OTHER = '$(edit) Someone else…';

async function pickName(choices: readonly string[], placeHolder: string, allowOther: boolean): Promise<string | undefined> {
  const items = [...choices, ...(allowOther ? [OTHER] : [])];
  const picked = await vscode.window.showQuickPick(items, { placeHolder });
  if (picked !== OTHER) return picked;
  return vscode.window.showInputBox({ prompt: placeHolder, placeHolder: 'Full name as it should appear' });
}

/** The arguments with `value` filled in, or undefined when the user cancelled. Arguments that have one pass as they are. */
export async function withPickedValue(args: CorrectionArguments | undefined): Promise<CorrectionArguments | undefined> {
  if (!args || args.value !== undefined) return args;
  const choices = Array.isArray(args.choices) ? args.choices : [];
  let value: string | undefined;
  switch (args.action) {
    case 'link':
      value = await pickName(choices, `Which actor does “${args.text}” refer to?`, false);
      break;
    case 'split':
      value = await vscode.window.showInputBox({ prompt: `Name of the new actor “${args.text}” refers to`, value: choices[0] ?? args.text });
      break;
    case 'setSpeaker':
      value = await pickName(choices, 'Who is speaking?', true);
      break;
    case 'setDate':
      value = await vscode.window.showInputBox({
        prompt: `TIMEX3 value of “${args.text}”`,
        value: choices[0] ?? '',
        placeHolder: '2026-11-23, 2026-11, 2026-W47, 2026-Q4, P3D, PRESENT_REF…',
      });
      break;
    default:
      return args;
  }
  return value?.trim() ? { ...args, value: value.trim() } : undefined;
}
