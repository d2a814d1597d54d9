import type { ErrorCode } from '../graphql/errors';
import { groupExtensions } from '../provisioning/free-extension';
import type { OdinClient } from '../odin/client';
import type { CreateUserRequest, ExtensionLengths } from '../odin/model';
import { parsePhoneNumber } from '../odin/phone';

export interface RowProblem {
  code: ErrorCode;
  message: string;
}

/** What one group holds now, read once per group for the whole sheet. */
interface GroupState {
  missing: boolean;
  userLimit: number | null;
  users: number;
  userIds: Set<string>;
  lengths: ExtensionLengths | null;
  extensions: Set<string>;
  /** The group's numbers (national digits), and those held by someone. */
  numbers: Set<string>;
  heldNumbers: Set<string>;
}

async function readGroup(odin: OdinClient, sp: string, g: string): Promise<GroupState> {
  const where = { serviceProviderId: sp, groupId: g };
  const group = await odin.groups.get(sp, g);
  if (!group)
    return {
      missing: true,
      userLimit: null,
      users: 0,
      userIds: new Set(),
      lengths: null,
      extensions: new Set(),
      numbers: new Set(),
      heldNumbers: new Set(),
    };
  const [{ lengths, used, users, holders }, numbers] = await Promise.all([
    groupExtensions(odin, where),
    odin.numbers.ofGroup(where),
  ]);
  return {
    missing: false,
    userLimit: group.userLimit,
    users: group.userCount ?? users.length,
    userIds: new Set(users.map((u) => u.userId)),
    lengths,
    extensions: used,
    numbers: new Set(numbers.map((n) => n.phoneNumber)),
    heldNumbers: new Set([
      ...numbers.filter((n) => n.assigned).map((n) => n.phoneNumber),
      ...holders.keys(),
    ]),
  };
}

/**
 * An import's dry run: each row checked, in sheet order, against what its group holds in
 * Odin and what the rows before it would take (user ids, extensions, numbers, the group's
 * user limit). A row that passes takes its share, so a later row meets it as Odin would.
 * `label(i)` names a row as the answer does (a CSV line, an input position).
 */
export async function dryRunProblems(
  odin: OdinClient,
  rows: ReadonlyArray<{ request?: CreateUserRequest }>,
  label: (index: number) => string,
): Promise<Map<number, RowProblem>> {
  const groups = new Map<string, Promise<GroupState>>();
  const stateOf = (sp: string, g: string) => {
    const key = `${sp}/${g}`;
    if (!groups.has(key)) groups.set(key, readGroup(odin, sp, g));
    return groups.get(key) as Promise<GroupState>;
  };
  // Who took an extension, number or user id earlier in the sheet, by group.
  const takenBy = new Map<string, number>();
  const problems = new Map<number, RowProblem>();
  for (const [index, { request }] of rows.entries()) {
    if (!request) continue;
    const { serviceProviderId: sp, groupId: g } = request;
    const group = await stateOf(sp, g);
    const earlier = (what: string, value: string) => takenBy.get(`${sp}/${g}/${what}/${value}`);
    const number = request.phoneNumber ? parsePhoneNumber(request.phoneNumber) : null;
    const problem = ((): RowProblem | undefined => {
      if (group.missing) return { code: 'NOT_FOUND', message: `Odin has no group ${g} in ${sp}` };
      if (group.userIds.has(request.userId))
        return { code: 'CONFLICT', message: `User ${request.userId} already exists` };
      const extension = request.extension;
      if (extension) {
        const { lengths } = group;
        if (
          lengths &&
          (!/^\d+$/.test(extension) ||
            extension.length < lengths.min ||
            extension.length > lengths.max)
        )
          return {
            code: 'BAD_USER_INPUT',
            message: `extension ${extension} must be ${lengths.min} to ${lengths.max} digits in group ${g}`,
          };
        if (group.extensions.has(extension))
          return { code: 'CONFLICT', message: `extension ${extension} is already in use in Odin` };
        const before = earlier('extension', extension);
        if (before !== undefined)
          return {
            code: 'CONFLICT',
            message: `extension ${extension} is taken by ${label(before)}`,
          };
      }
      if (request.phoneNumber) {
        if (!number || !group.numbers.has(number.national))
          return {
            code: 'BAD_USER_INPUT',
            message: `phoneNumber ${request.phoneNumber} is not a number of group ${g}`,
          };
        if (group.heldNumbers.has(number.national))
          return {
            code: 'CONFLICT',
            message: `phoneNumber ${number.national} is already held in Odin`,
          };
        const before = earlier('number', number.national);
        if (before !== undefined)
          return {
            code: 'CONFLICT',
            message: `phoneNumber ${number.national} is taken by ${label(before)}`,
          };
      }
      if (group.userLimit !== null && group.users >= group.userLimit)
        return {
          code: 'CONFLICT',
          message: `group ${g} would be full: its limit is ${group.userLimit} users`,
        };
      return undefined;
    })();
    if (problem) {
      problems.set(index, problem);
      continue;
    }
    // This row would be created: what it takes is taken for the rows after it.
    group.users++;
    group.userIds.add(request.userId);
    if (request.extension) takenBy.set(`${sp}/${g}/extension/${request.extension}`, index);
    if (number) takenBy.set(`${sp}/${g}/number/${number.national}`, index);
  }
  return problems;
}
