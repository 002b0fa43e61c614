-- The CRM's own record of the escalations it was told of (the starter's tables are its own).
CREATE TABLE IF NOT EXISTS crm_notification (
    escalation_id BIGINT PRIMARY KEY,
    ticket        VARCHAR(200) NOT NULL,
    clause        VARCHAR(200) NOT NULL,
    tier          VARCHAR(200) NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    standard      VARCHAR(200) NOT NULL,
    version       VARCHAR(100) NOT NULL
);
