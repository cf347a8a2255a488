/**
 * The judging context every API's checks use, and the judgements every API makes the same way:
 * pass a check or fail it with the current step's evidence, and judge a reply the model
 * predicts refused. What differs per API (its world, which check owns a refusal, the extra
 * checks a refusal's body meets) is passed in.
 */
import type { OperationValidators } from '../contract/operation-validators.ts';
import type { CheckDef } from '../core/checks.ts';
import type { Exchange } from '../core/findings.ts';
import type { Reply } from '../http/client.ts';
import type { CaseRecorder } from '../runner/case-recorder.ts';
import type { Session } from '../runner/session.ts';

/** What a judging function needs: where verdicts go, the validators, the object's world, the step's evidence. */
export interface Judge<World> {
  recorder: CaseRecorder;
  operations: OperationValidators;
  world: World;
  /** Exchanges of the current step (or sequence), oldest first. */
  evidence(): Exchange[];
}

export function judgeOf<World>(session: Session, world: World): Judge<World> {
  return { recorder: session.recorder, operations: session.operations, world, evidence: () => session.client.since(session.stepMark) };
}

export interface ExpectOptions {
  /** Stop the case on this failure although the check is SHOULD (a MUST failure always stops). */
  stop?: boolean;
  /** Clauses the finding names besides the check's own. */
  extraClauses?: string[];
}

/** Pass `check` when `ok`, else fail it with the step's evidence (a MUST failure throws); returns `ok`. */
export function expectThat(judge: Judge<unknown>, check: CheckDef, ok: boolean, expected: unknown, observed: unknown, message: string, options: ExpectOptions = {}): boolean {
  if (ok) {
    judge.recorder.pass(check);
    return true;
  }
  const evidence = { message, expected, observed, exchanges: judge.evidence(), ...(options.extraClauses === undefined ? {} : { extraClauses: options.extraClauses }) };
  judge.recorder.fail(check, evidence, options.stop === undefined ? {} : { stop: options.stop });
  return false;
}

/** Which check owns a predicted refusal, and the status it needs: `exact`, or any 4xx when unset. */
export interface RefusalOwner {
  check: CheckDef;
  exact?: number;
  extraClauses?: string[];
}

export interface RefusalVerdict<Follow> {
  /** The reply is the refusal the owner asks for. */
  right: boolean;
  /** What the server did instead, for the model to follow, when it accepted a SHOULD refusal. */
  follow?: Follow;
  evidence: { message: string; expected: unknown; observed: number; exchanges: Exchange[]; extraClauses?: string[] };
}

/**
 * A reply to a request the model predicts refused. A wrong answer fails the owner; a MUST owner
 * stops the case, and so does a SHOULD owner unless the server accepted (its `ifAccepted` is
 * then followed) or refused with another 4xx.
 */
export function judgeRefusal<Follow>(judge: Judge<unknown>, owner: RefusalOwner, reply: Reply, why: string, ifAccepted: Follow | undefined): RefusalVerdict<Follow> {
  const refused = reply.status >= 400 && reply.status < 500;
  const right = owner.exact === undefined ? refused : reply.status === owner.exact;
  const evidence = {
    message: `${why}: expected ${owner.exact ?? '4xx'}, got ${reply.status}`,
    expected: owner.exact ?? '4xx',
    observed: reply.status,
    exchanges: judge.evidence(),
    ...(owner.extraClauses === undefined ? {} : { extraClauses: owner.extraClauses }),
  };
  if (right) {
    judge.recorder.pass(owner.check);
    return { right, evidence };
  }
  const follow = reply.status >= 200 && reply.status < 300 ? ifAccepted : undefined;
  judge.recorder.fail(owner.check, evidence, { stop: owner.check.level === 'MUST' || (follow === undefined && !refused) });
  return { right, ...(follow === undefined ? {} : { follow }), evidence };
}
