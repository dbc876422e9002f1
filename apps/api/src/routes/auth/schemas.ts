import { Type, type Static } from 'typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ecitizen/auth';

const Email = Type.String({ minLength: 3, maxLength: 254, description: 'Case-insensitive; stored lower-cased' });
const Password = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH });

export const RegisterBody = Type.Object({
  email: Email,
  password: Password,
  role: Type.Optional(Type.Union([Type.Literal('admin'), Type.Literal('agent')], { description: 'Chosen by an admin; the first user is always admin' })),
});
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object({
  email: Email,
  // No minimum here: a short wrong password is just a wrong password.
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
});
export type LoginBody = Static<typeof LoginBody>;

export const MessageResponse = Type.Object({ status_code: Type.Integer(), message: Type.String() });

export const LoginResponse = Type.Object({
  status_code: Type.Integer(),
  message: Type.String(),
  access_token: Type.String(),
  refresh_token: Type.String(),
});

export const RefreshResponse = Type.Object({
  access_token: Type.String(),
  /** The rotated refresh token: the presented one is now spent. */
  refresh_token: Type.String(),
  status_code: Type.Integer(),
});

export const MeResponse = Type.Object({
  status_code: Type.Integer(),
  id: Type.Integer(),
  email: Type.String(),
  role: Type.String(),
});

/** The two error bodies a client of this API meets: ours, and flask-jwt-extended's `msg` for tokens. */
export const ErrorResponse = Type.Union([
  Type.Object({ status_code: Type.Integer(), message: Type.String() }),
  Type.Object({ msg: Type.String() }),
]);
