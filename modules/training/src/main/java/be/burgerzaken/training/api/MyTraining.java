package be.burgerzaken.training.api;

import java.util.List;

/** "My training": what I need (per role), what I hold, my enrolments, open sessions, briefings and warnings. */
public record MyTraining(StaffView me, List<EnrolmentView> enrolments, List<SessionView> openSessions, List<BriefingView> briefings, List<NotificationView> notifications) {
}
