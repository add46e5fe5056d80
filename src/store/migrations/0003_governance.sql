-- Inventory of AI systems, their assessments, sign-offs, compiled control sets and obligations.

CREATE TABLE ai_systems (
  id uuid PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  name text NOT NULL,
  purpose text NOT NULL,
  accountable_official text NOT NULL,
  affected_people text NOT NULL,
  models text[] NOT NULL DEFAULT '{}',
  data_sources text[] NOT NULL DEFAULT '{}',
  lifecycle text NOT NULL DEFAULT 'proposed'
    CHECK (lifecycle IN ('proposed', 'assessed', 'approved', 'pilot', 'live', 'retired')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, name)
);

-- A service is powered by at most one AI system.
CREATE TABLE ai_system_services (
  service_id uuid PRIMARY KEY REFERENCES services (id),
  system_id uuid NOT NULL REFERENCES ai_systems (id)
);

CREATE TABLE assessments (
  id uuid PRIMARY KEY,
  system_id uuid NOT NULL REFERENCES ai_systems (id),
  questionnaire text NOT NULL CHECK (questionnaire IN ('aia', 'eu-ai-act')),
  questionnaire_version text NOT NULL,
  answers jsonb NOT NULL DEFAULT '{}',
  current_page integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'signed-off')),
  result jsonb,
  created_by uuid NOT NULL REFERENCES users (id),
  submitted_by uuid REFERENCES users (id),
  submitted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE assessment_signoffs (
  assessment_id uuid NOT NULL REFERENCES assessments (id),
  user_id uuid NOT NULL REFERENCES users (id),
  signed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, user_id)
);

-- A submitted assessment is immutable: only drafts may change, and a submitted one may only gain sign-off.
CREATE FUNCTION steward_freeze_submitted_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (NEW.answers IS DISTINCT FROM OLD.answers OR NEW.result IS DISTINCT FROM OLD.result
      OR NEW.questionnaire_version IS DISTINCT FROM OLD.questionnaire_version) THEN
    RAISE EXCEPTION 'a submitted assessment cannot change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER assessments_frozen_after_submit BEFORE UPDATE ON assessments
  FOR EACH ROW EXECUTE FUNCTION steward_freeze_submitted_assessment();

CREATE TABLE control_sets (
  id uuid PRIMARY KEY,
  system_id uuid NOT NULL REFERENCES ai_systems (id),
  version integer NOT NULL CHECK (version > 0),
  content_hash text NOT NULL,
  control_set jsonb NOT NULL,
  assessment_ids uuid[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (system_id, version)
);

CREATE TABLE obligations (
  id uuid PRIMARY KEY,
  control_set_id uuid NOT NULL REFERENCES control_sets (id),
  obligation text NOT NULL,
  owner_role text NOT NULL,
  due_date date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met')),
  evidence_kind text CHECK (evidence_kind IN ('attestation', 'document')),
  evidence_digest text,
  evidence_note text,
  met_by uuid REFERENCES users (id),
  met_at timestamptz,
  UNIQUE (control_set_id, obligation)
);
