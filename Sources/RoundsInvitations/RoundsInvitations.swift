/// The all-staff feed, invitations, updates and cancellations for Rounds and prep meetings.
public enum RoundsInvitations {}
