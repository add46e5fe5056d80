-- The governed case flow: services, versioned workflows, approved knowledge sources, cases, review.

CREATE TABLE services (
  id uuid PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  -- Public URLs name a service by its slug alone, so slugs are unique across the installation.
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workflow_versions (
  id uuid PRIMARY KEY,
  service_id uuid NOT NULL REFERENCES services (id),
  version integer NOT NULL CHECK (version > 0),
  definition jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'live', 'retired')),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_id, version)
);
CREATE UNIQUE INDEX workflow_versions_one_live ON workflow_versions (service_id) WHERE status = 'live';

CREATE TABLE sources (
  id uuid PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  service_id uuid NOT NULL REFERENCES services (id),
  -- A stable identity for re-ingestion (the file's path relative to the ingested folder).
  source_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_id, source_key)
);

-- A source version is immutable: re-ingesting a changed file adds a version; cases keep pointing at theirs.
CREATE TABLE source_versions (
  id uuid PRIMARY KEY,
  source_id uuid NOT NULL REFERENCES sources (id),
  version integer NOT NULL CHECK (version > 0),
  title text NOT NULL,
  owner text NOT NULL,
  classification text NOT NULL CHECK (classification IN ('public', 'internal', 'confidential', 'personal')),
  legal_basis text NOT NULL,
  language text NOT NULL,
  approved_by text,
  approved_at timestamptz,
  review_date date,
  expires_at timestamptz,
  content_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_id, version)
);

CREATE TABLE chunks (
  id uuid PRIMARY KEY,
  source_version_id uuid NOT NULL REFERENCES source_versions (id),
  ordinal integer NOT NULL,
  heading_path text[] NOT NULL DEFAULT '{}',
  text text NOT NULL,
  search_config regconfig NOT NULL,
  search_vector tsvector NOT NULL,
  UNIQUE (source_version_id, ordinal)
);
CREATE INDEX chunks_search ON chunks USING gin (search_vector);
CREATE INDEX chunks_trigram ON chunks USING gin (text gin_trgm_ops);

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  service_id uuid NOT NULL REFERENCES services (id),
  reference text NOT NULL UNIQUE,
  secret_hash text NOT NULL,
  state text NOT NULL,
  channel text NOT NULL DEFAULT 'web',
  language text NOT NULL,
  language_fallback boolean NOT NULL DEFAULT false,
  -- The question with personal data replaced by placeholders: the only form models and logs see.
  question_redacted text,
  -- The original question and the placeholder map, encrypted with the agency's key; erasable.
  question_sealed text,
  placeholder_map_sealed text,
  workflow_version_id uuid NOT NULL REFERENCES workflow_versions (id),
  controls jsonb NOT NULL,
  review_mode text NOT NULL,
  review_required boolean,
  retrieved jsonb,
  draft jsonb,
  model jsonb,
  flags jsonb NOT NULL DEFAULT '[]',
  answer_text text,
  answer_citations jsonb,
  answer_origin text,
  handoff_reason text,
  first_approver uuid REFERENCES users (id),
  attempts integer NOT NULL DEFAULT 0,
  lease_owner text,
  lease_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  erased_at timestamptz
);
CREATE INDEX cases_runnable ON cases (state, created_at) WHERE state IN ('received', 'screened', 'retrieved', 'drafted', 'approved');
CREATE INDEX cases_queue ON cases (agency_id, state, created_at);

CREATE TABLE review_claims (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  reviewer_id uuid NOT NULL REFERENCES users (id),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE review_decisions (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  reviewer_id uuid NOT NULL REFERENCES users (id),
  action text NOT NULL CHECK (action IN ('approve', 'edit', 'reject', 'escalate')),
  reason_code text,
  edited_text text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE case_feedback (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('rating', 'appeal', 'talk-to-person')),
  rating integer CHECK (rating BETWEEN 1 AND 5),
  comment_redacted text,
  created_at timestamptz NOT NULL DEFAULT now()
);
