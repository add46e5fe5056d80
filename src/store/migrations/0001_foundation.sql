-- Foundation: agencies (tenants), users and roles, sessions, API tokens, the hash-chained ledger.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE agencies (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  email text NOT NULL,
  display_name text NOT NULL,
  password_hash text,
  roles text[] NOT NULL DEFAULT '{}',
  qualifications text[] NOT NULL DEFAULT '{}',
  oidc_subject text,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (roles <@ ARRAY['caseworker', 'reviewer', 'governance_officer', 'auditor', 'admin']::text[])
);
-- E-mail addresses identify a person across the whole installation (sign-in has no agency picker).
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));
CREATE UNIQUE INDEX users_oidc_subject_unique ON users (oidc_subject) WHERE oidc_subject IS NOT NULL;

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE oidc_logins (
  state text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  return_to text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The ledger. `body` holds the exact canonical (RFC 8785) bytes that were hashed; every other
-- column is derived from it by the database, so the stored event and the hashed event cannot differ.
CREATE TABLE ledger_events (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  seq bigint NOT NULL CHECK (seq > 0),
  body text NOT NULL,
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  type text GENERATED ALWAYS AS ((body::jsonb) ->> 'type') STORED,
  subject text GENERATED ALWAYS AS ((body::jsonb) ->> 'subject') STORED,
  actor text GENERATED ALWAYS AS ((body::jsonb) ->> 'actor') STORED,
  payload jsonb GENERATED ALWAYS AS ((body::jsonb) -> 'payload') STORED,
  PRIMARY KEY (agency_id, seq)
);
CREATE INDEX ledger_events_subject ON ledger_events (agency_id, subject);
CREATE INDEX ledger_events_type ON ledger_events (agency_id, type);

CREATE TABLE ledger_checkpoints (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  seq bigint NOT NULL,
  hash text NOT NULL,
  signed_at timestamptz NOT NULL,
  key_id text NOT NULL,
  signature text NOT NULL,
  PRIMARY KEY (agency_id, seq)
);

-- Public keys of the checkpoint signers, so that a rotated key's old checkpoints stay verifiable.
CREATE TABLE ledger_signing_keys (
  key_id text PRIMARY KEY,
  public_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION steward_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the % table is append-only: % is refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ledger_events_append_only BEFORE UPDATE OR DELETE ON ledger_events
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_change();
CREATE TRIGGER ledger_events_no_truncate BEFORE TRUNCATE ON ledger_events
  FOR EACH STATEMENT EXECUTE FUNCTION steward_refuse_change();
CREATE TRIGGER ledger_checkpoints_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoints
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_change();
CREATE TRIGGER ledger_checkpoints_no_truncate BEFORE TRUNCATE ON ledger_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION steward_refuse_change();
CREATE TRIGGER ledger_signing_keys_append_only BEFORE UPDATE OR DELETE ON ledger_signing_keys
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_change();
