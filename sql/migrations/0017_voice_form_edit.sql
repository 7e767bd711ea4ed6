-- Voice form structure edited by administrators (helper G): a question is
-- added, changed and reordered, and retired rather than deleted, so that
-- feedback already given (feedback_answer.question_id) stays readable and
-- reportable. The public forms and the voice program show only questions
-- with retired_on NULL; reports keep reading every question.
ALTER TABLE voice_question ADD COLUMN retired_on DATE NULL;
