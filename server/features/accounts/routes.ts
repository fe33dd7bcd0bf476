/**
 * Accounts (issue 14): sign in and out, the session probe, one's own password change (public or
 * any role: `/api/auth/*`), and the admin-only user management and audit log (`/api/admin/*`).
 * Enforcement itself is auth-plugin.ts; these routes only declare their access.
 */
import type { Database } from '@graph-schema/db/driver';
import {
  AuditPage,
  AuditQuery,
  ChangePasswordRequest,
  CreateUserRequest,
  CreateWorkspaceRequest,
  LoginRequest,
  ResetPasswordRequest,
  SessionInfo,
  UpdateUserRequest,
  UserNameParams,
  UserSummary,
  Workspace,
} from '@graph-schema/dto/accounts';
import { conflict, notFound, unauthorized, validationFailed } from '@server/platform/errors';
import { DEFAULT_WORKSPACE } from '@server/platform/visibility/visibility';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readAudit } from './audit-log';
import type { AccountSettings } from './auth-plugin';
import { LoginLimiter } from './login-limiter';
import { hashPassword, verifyPassword } from './password';
import { reopenSession, type SignInDeps, signIn, signOut } from './sign-in';
import { createUser, listUsers, readUser, setPassword, updateUser } from './user-store';
import { createWorkspace, listVisibleWorkspaces, unknownWorkspaces } from './workspace-store';

const tags = ['accounts'];

export function accountRoutes(db: Database, settings: AccountSettings, limiter = new LoginLimiter()) {
  const deps: SignInDeps = {
    db,
    limiter,
    cookies: { secure: settings.secureCookies ?? false, maxAgeSeconds: (settings.sessionHours ?? 12) * 3600 },
  };
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/auth/session',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Whether accounts are on and who is signed in',
          response: { 200: SessionInfo },
        },
      },
      async (request) => ({
        authEnabled: settings.mode === 'on',
        user: request.principal
          ? {
              name: request.principal.name,
              role: request.principal.role,
              mustChangePassword: request.principal.mustChangePassword,
            }
          : null,
      }),
    );
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Sign in: sets the HttpOnly session cookie and the CSRF cookie (5 failures per minute per user and address, then 429)',
          body: LoginRequest,
          response: { 200: SessionInfo },
        },
      },
      async (request, reply) => signIn(deps, request, reply, request.body),
    );
    app.post(
      '/api/auth/logout',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Sign out: ends the session and clears its cookies',
          response: { 200: SessionInfo },
        },
      },
      async (request, reply) => signOut(deps, request, reply),
    );
    app.post(
      '/api/auth/password',
      {
        config: { access: 'viewer', audit: 'password.change' },
        schema: {
          tags,
          summary: 'Change your own password (ends your other sessions)',
          body: ChangePasswordRequest,
          response: { 200: SessionInfo },
        },
      },
      async (request, reply) => {
        const principal = request.principal!;
        const user = await readUser(db, principal.name);
        if (!user || !(await verifyPassword(request.body.currentPassword, user.passwordHash)))
          throw unauthorized('The current password is wrong.');
        await setPassword(db, user.name, await hashPassword(request.body.newPassword), false);
        if (principal.via === 'session') await reopenSession(deps, reply, user.name);
        return { authEnabled: true, user: { name: user.name, role: user.role, mustChangePassword: false } };
      },
    );
    adminRoutes(app, db);
  };
}

/** A grant must name existing workspaces: a typo would silently grant nothing. */
async function assertWorkspacesExist(db: Database, workspaces: readonly string[]): Promise<void> {
  const unknown = await unknownWorkspaces(db, workspaces);
  if (unknown.length > 0) throw validationFailed('workspaces', `unknown workspace ${unknown.join(', ')}`);
}

function adminRoutes(instance: FastifyInstance, db: Database): void {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const admin = { access: 'admin' as const };
  app.get(
    '/api/admin/users',
    {
      config: admin,
      schema: { tags, summary: 'All users (admin)', response: { 200: z.array(UserSummary) } },
    },
    async () => listUsers(db),
  );
  app.post(
    '/api/admin/users',
    {
      config: { ...admin, audit: 'user.create' },
      schema: {
        tags,
        summary: 'Create a user with a role and an initial password they must change (admin)',
        body: CreateUserRequest,
        response: { 201: UserSummary },
      },
    },
    async (request, reply) => {
      const { name, role, password } = request.body;
      const workspaces = request.body.workspaces ?? [DEFAULT_WORKSPACE];
      await assertWorkspacesExist(db, workspaces);
      const created = await createUser(db, {
        name,
        role,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        workspaces,
      });
      if (!created) throw conflict('userExists', `a user named ${JSON.stringify(name)} exists`);
      const summary = (await listUsers(db)).find((user) => user.name === name)!;
      return reply.code(201).send(summary);
    },
  );
  app.patch(
    '/api/admin/users/:name',
    {
      config: { ...admin, audit: 'user.update' },
      schema: {
        tags,
        summary:
          'Change a user’s role, workspace grants, or disable / enable them (admin; not your own role or state)',
        params: UserNameParams,
        body: UpdateUserRequest,
        response: { 200: UserSummary },
      },
    },
    async (request) => {
      const { name } = request.params;
      const { role, disabled, workspaces } = request.body;
      if (name === request.principal?.name && (role !== undefined || disabled !== undefined))
        throw conflict('self', 'You cannot change your own role or disable yourself; ask another admin.');
      if (workspaces) await assertWorkspacesExist(db, workspaces);
      if (!(await updateUser(db, name, request.body))) throw notFound('user', name);
      return (await listUsers(db)).find((user) => user.name === name)!;
    },
  );
  app.post(
    '/api/admin/users/:name/password',
    {
      config: { ...admin, audit: 'user.password-reset' },
      schema: {
        tags,
        summary: 'Reset a user’s password; they must change it at the next login (admin)',
        params: UserNameParams,
        body: ResetPasswordRequest,
        response: { 200: UserSummary },
      },
    },
    async (request) => {
      const { name } = request.params;
      if (!(await setPassword(db, name, await hashPassword(request.body.password), true)))
        throw notFound('user', name);
      return (await listUsers(db)).find((user) => user.name === name)!;
    },
  );
  app.get(
    '/api/admin/audit',
    {
      config: admin,
      schema: {
        tags,
        summary: 'The audit log, newest first, filtered by user and action (admin)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => readAudit(db, request.query),
  );
}

/**
 * Client workspaces (issue 14): anyone signed in lists the workspaces they may see (the upload and
 * new-project forms choose among them); an admin creates workspaces. Grants are a user's
 * `workspaces` (PATCH /api/admin/users/:name).
 */
export function workspaceRoutes(db: Database) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/workspaces',
      {
        config: { access: 'viewer' },
        schema: {
          tags,
          summary: 'The client workspaces you may see (every one for an admin)',
          response: { 200: z.array(Workspace) },
        },
      },
      async () => listVisibleWorkspaces(db),
    );
    app.post(
      '/api/admin/workspaces',
      {
        config: { access: 'admin', audit: 'workspace.create' },
        schema: {
          tags,
          summary: 'Create a client workspace (admin); grant it to users with PATCH /api/admin/users/:name',
          body: CreateWorkspaceRequest,
          response: { 201: Workspace },
        },
      },
      async (request, reply) => {
        if (!(await createWorkspace(db, request.body)))
          throw conflict('workspaceExists', `a workspace with id ${JSON.stringify(request.body.id)} exists`);
        return reply.code(201).send(request.body);
      },
    );
  };
}
