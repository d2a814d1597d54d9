import { MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BadUserInputError } from '../graphql/errors';
import type { IssuedToken } from '../odin/token-store';
import { SafeText, TrimmedLength } from '../graphql/validation';
import { Session } from './session.type';

@ArgsType()
class LoginArgs {
  @Field(() => String) @TrimmedLength(1, 80) username!: string;
  @Field(() => String) @MinLength(1) @SafeText(128) password!: string;
}

const toSession = (t: IssuedToken): Session => ({
  token: t.token,
  expiresAt: t.expiresAt === undefined ? null : new Date(t.expiresAt),
});

function passthroughOnly(ctx: Context): void {
  if (ctx.connection.mode !== 'passthrough') {
    throw new BadUserInputError(
      'Sessions are for ODIN_AUTH_MODE=passthrough; this layer uses its service account',
    );
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @Mutation(() => Session, {
    description: 'Passthrough mode: your Odin credentials for an Odin token.',
  })
  async login(@Args(() => LoginArgs) args: LoginArgs, @Ctx() ctx: Context): Promise<Session> {
    passthroughOnly(ctx);
    const issued = await ctx.connection.login(args.username, args.password);
    // The token's changes are recorded as this Odin user's.
    ctx.audit?.remember(issued.token, args.username);
    return toSession(issued);
  }

  @Mutation(() => Session, { description: 'Passthrough mode: a fresh token for the one you send.' })
  async refreshSession(@Ctx() ctx: Context): Promise<Session> {
    passthroughOnly(ctx);
    const issued = await ctx.connection.refresh(ctx.callerToken);
    ctx.audit?.renew(ctx.callerToken, issued.token);
    return toSession(issued);
  }
}
